import type { TextareaHTMLAttributes } from "react";
import { fieldClass } from "./field-class";

/** A multi-line text field in the product's field style. */
export function TextArea({ className, ...textarea }: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return <textarea className={fieldClass(className)} {...textarea} />;
}
