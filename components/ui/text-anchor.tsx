import type { AnchorHTMLAttributes } from "react";

/** An underlined plain link in running text, for other sites, downloads and full-page navigations. */
export function TextAnchor({ className, ...anchor }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  return <a className={[className, "text-brand underline"].filter(Boolean).join(" ")} {...anchor} />;
}
