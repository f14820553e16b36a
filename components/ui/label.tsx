import type { LabelHTMLAttributes } from "react";

/** A field's label, on its own line above the field. */
export function Label({ className, ...label }: LabelHTMLAttributes<HTMLLabelElement>) {
  return <label className={["block font-medium", className].filter(Boolean).join(" ")} {...label} />;
}
