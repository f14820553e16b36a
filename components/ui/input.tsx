import type { InputHTMLAttributes } from "react";
import { fieldClass } from "./field-class";

/** A text-like input (text, e-mail, number, date…) in the product's field style. */
export function Input({ className, ...input }: InputHTMLAttributes<HTMLInputElement>) {
  return <input className={fieldClass(className)} {...input} />;
}
