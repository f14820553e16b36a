// The signed-in viewer of the current request (see load-viewer.ts for what is checked).
import { currentSite } from "@/lib/tenancy/site";
import { perRequest } from "./per-request";
import { loadViewer, type Viewer } from "./load-viewer";
import { readSessionToken } from "./session-token";

export { tenantContext, type Viewer } from "./load-viewer";

export const currentViewer = perRequest(async (): Promise<Viewer | null> => {
  const [session, site] = await Promise.all([readSessionToken(), currentSite()]);
  if (!site || !session) return null;
  return loadViewer(session.userId, session.sessionVersion, site);
});
