// Input checked by one of the area's schemas, or an Invalid with its field messages.
import type { z } from "zod";
import { fieldMessages } from "@/lib/field-messages";
import { Invalid } from "@/lib/errors";

export function parse<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new Invalid(fieldMessages(parsed.error));
  return parsed.data;
}
