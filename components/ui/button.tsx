import type { ButtonHTMLAttributes } from "react";
import { buttonClass, type ButtonSize, type ButtonVariant } from "./button-class";

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: ButtonSize;
}

/** A button in one of the product's styles; a submit button unless told otherwise. */
export function Button({ variant, size, className, type = "submit", ...button }: ButtonProps) {
  return <button type={type} className={buttonClass(variant, size, className)} {...button} />;
}
