import type { ReactNode } from "react";
import { loadPage } from "@/lib/http/load-page";

// Pages of the root site only (the WCO console): on any other site they do not exist.
export default async function RootSiteLayout({ children }: { children: ReactNode }) {
  await loadPage({ sites: ["root"] });
  return children;
}
