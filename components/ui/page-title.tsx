import type { HTMLAttributes } from "react";

/** The page's one <h1>. */
export function PageTitle({ className, ...heading }: HTMLAttributes<HTMLHeadingElement>) {
  return <h1 className={["text-3xl font-bold", className].filter(Boolean).join(" ")} {...heading} />;
}
