import { Link } from "@/components/ui/link";
import type { ComponentProps } from "react";
import { buttonClass, type ButtonSize, type ButtonVariant } from "./button-class";

/** A link to a page of the site that looks like a button. */
export function ButtonLink({
  variant,
  size,
  className,
  ...link
}: ComponentProps<typeof Link> & { variant?: ButtonVariant; size?: ButtonSize }) {
  return (
    <Link className={buttonClass(variant, size, ["inline-block", className].filter(Boolean).join(" "))} {...link} />
  );
}
