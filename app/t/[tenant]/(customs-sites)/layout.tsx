import type { ReactNode } from "react";
import { loadPage } from "@/lib/http/load-page";

// Pages of the Customs sites (the root site and the administrations' spaces), never of the Academy.
export default async function CustomsSitesLayout({ children }: { children: ReactNode }) {
  await loadPage({ sites: ["root", "tenant"] });
  return children;
}
