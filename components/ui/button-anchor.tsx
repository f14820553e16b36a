import type { AnchorHTMLAttributes } from "react";
import { buttonClass, type ButtonSize, type ButtonVariant } from "./button-class";

/** A plain link that looks like a button, for downloads, API routes and full-page navigations. */
export function ButtonAnchor({
  variant,
  size,
  className,
  ...anchor
}: AnchorHTMLAttributes<HTMLAnchorElement> & { variant?: ButtonVariant; size?: ButtonSize }) {
  return (
    <a className={buttonClass(variant, size, ["inline-block", className].filter(Boolean).join(" "))} {...anchor} />
  );
}
