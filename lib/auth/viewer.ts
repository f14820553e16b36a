// The signed-in viewer of the current request (see load-viewer.ts for what is checked).
import { currentSite } from "@/lib/tenancy/site";
import { perRequest } from "./per-request";
import { loadViewer, type Viewer } from "./load-viewer";
import { auth } from "./next-auth";

export { tenantContext, type Viewer } from "./load-viewer";

export const currentViewer = perRequest(async (): Promise<Viewer | null> => {
  const [session, site] = await Promise.all([auth(), currentSite()]);
  const userId = session?.user?.id;
  if (!site || !userId) return null;
  return loadViewer(userId, (session as { sessionVersion?: number }).sessionVersion, site);
});
