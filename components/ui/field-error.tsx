import type { HTMLAttributes } from "react";

/** Why the server refused a field's value, under the field; give it the id the field's aria-describedby names. */
export function FieldError({ className, ...paragraph }: HTMLAttributes<HTMLParagraphElement> & { id: string }) {
  return <p className={["mt-1 text-sm text-red-800", className].filter(Boolean).join(" ")} {...paragraph} />;
}
