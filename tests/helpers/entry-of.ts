// The entry of a request by `username` (or a visitor, null) on `host`, as the wrappers build it: for use cases that
// take an Entry, called the way a page or a route calls them.
import { loadViewer, tenantContext } from "@/lib/auth/load-viewer";
import type { Entry } from "@/lib/http/entry";
import { siteFor } from "./sites";
import type { TestDatabase } from "./test-database";

export async function entryOf(db: TestDatabase, username: string | null, host: string): Promise<Entry> {
  const site = await siteFor(host);
  const user = username ? await db.owner.user.findUniqueOrThrow({ where: { username } }) : null;
  const viewer = user ? await loadViewer(user.id, user.sessionVersion, site) : null;
  if (username && !viewer) throw new Error(`${username} may not use ${host}`);
  return { site, viewer, ctx: tenantContext(site, viewer) };
}
