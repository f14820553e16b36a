import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * The platform's link: Next's client-side navigation without prefetching. Next would fetch every linked page a
 * page shows (the header's, the footer's, each course card's) as soon as it appears: on an officer's slow or metered
 * connection, and on the servers, that is the cost of several pages for each page opened.
 */
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
