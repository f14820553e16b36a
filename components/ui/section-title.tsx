import type { HTMLAttributes } from "react";

/** The <h2> heading a section of a page. */
export function SectionTitle({ className, ...heading }: HTMLAttributes<HTMLHeadingElement>) {
  return <h2 className={["text-xl font-semibold", className].filter(Boolean).join(" ")} {...heading} />;
}
