// Form input checked by a zod schema: its issues as the field messages of an Invalid (lib/errors.ts).
import type { z } from "zod";

/** The first message of each field, for forms. */
export function fieldMessages(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    fields[key] ??= issue.message;
  }
  return fields;
}
