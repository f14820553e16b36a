// A use case's refusal of valid-looking input (Invalid, Conflict, Forbidden) as one message key, for the
// handlers that answer with the page again and the key in its address.
import { Conflict, Forbidden, Invalid } from "@/lib/errors";

export interface Refusal {
  kind: "invalid" | "conflict" | "forbidden";
  /** The message key: the first field's for Invalid, else the kind. */
  key: string;
  /** The field the key is about (Invalid only), for a form that shows it next to that field. */
  field?: string;
}

export function refusalOf(error: unknown): Refusal | null {
  if (error instanceof Invalid) {
    const [field, key] = Object.entries(error.fields)[0] ?? [undefined, "required"];
    return { kind: "invalid", key, field };
  }
  if (error instanceof Conflict) return { kind: "conflict", key: "conflict" };
  if (error instanceof Forbidden) return { kind: "forbidden", key: "forbidden" };
  return null;
}
