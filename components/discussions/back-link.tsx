import type { ReactNode } from "react";
import { TextLink } from "@/components/ui/text-link";

/** The link back up from a discussion's page, at the head of its page: a touch target of its own on a phone. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <TextLink href={href} className="inline-flex min-h-11 items-center">
      {children}
    </TextLink>
  );
}
