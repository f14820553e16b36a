import { Link } from "@/components/ui/link";
import type { ComponentProps } from "react";

/** An underlined link in running text to a page of the site. */
export function TextLink({ className, ...link }: ComponentProps<typeof Link>) {
  return <Link className={[className, "text-brand underline"].filter(Boolean).join(" ")} {...link} />;
}
