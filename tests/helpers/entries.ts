// Requests' entries for use cases called directly, as the wrappers build them from a host and a session.
import { loadViewer, tenantContext } from "@/lib/auth/load-viewer";
import type { Entry } from "@/lib/http/entry";
import { siteFor } from "./sites";
import type { TestDatabase } from "./test-database";

/** The entry of a request by `username` (or a visitor, null) on `host`; throws when the site does not admit them. */
export async function entryOf(db: TestDatabase, username: string | null, host: string): Promise<Entry> {
  const site = await siteFor(host);
  const user = username ? await db.owner.user.findUniqueOrThrow({ where: { username } }) : null;
  const viewer = user ? await loadViewer(user.id, user.sessionVersion, site) : null;
  if (username && !viewer) throw new Error(`${username} may not use ${host}`);
  return { site, viewer, ctx: tenantContext(site, viewer) };
}

/**
 * Those who may not reach a Kenyan-only course: another administration's officer on their space and on the root
 * site, an Academy buyer, and visitors of the Kenyan space and of the root site.
 */
export async function outsidersOfKenya(db: TestDatabase): Promise<Entry[]> {
  return [
    await entryOf(db, "be.learner", "be"),
    await entryOf(db, "be.learner", "root"),
    await entryOf(db, "academy.buyer", "academy"),
    await entryOf(db, null, "ke"),
    await entryOf(db, null, "root"),
  ];
}
