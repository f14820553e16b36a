// What every entry point (page, server action, route handler) starts from: the site the host names, the
// signed-in viewer and the data-layer context; and the checks every entry point may ask for (site kind,
// permission), made here once. A check that fails throws NotFound: callers answer 404 either way.
import { currentViewer, tenantContext, type Viewer } from "@/lib/auth/viewer";
import type { TenantContext } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { assertCan, type Action } from "@/lib/permissions";
import { currentSite, type Site, type SiteKind } from "@/lib/tenancy/site";

export interface Entry {
  site: Site;
  viewer: Viewer | null;
  ctx: TenantContext;
}

export type SignedInEntry = Entry & { viewer: Viewer };

export interface EntryOptions {
  /** The kinds of site that have this entry point (default: every kind). */
  sites?: readonly SiteKind[];
  /** The permission the viewer needs (lib/permissions); implies a signed-in viewer. */
  can?: Action;
}

/** The request's entry; NotFound when the host names no site or a site of another kind. */
export async function currentEntry(options: Pick<EntryOptions, "sites"> = {}): Promise<Entry> {
  const [site, viewer] = await Promise.all([currentSite(), currentViewer()]);
  if (!site || (options.sites && !options.sites.includes(site.kind))) throw new NotFound();
  return { site, viewer, ctx: tenantContext(site, viewer) };
}

/** NotFound unless the entry has the permission it needs. */
export function checkPermission(entry: Entry, options: EntryOptions): void {
  if (options.can) assertCan(options.can, entry);
}

export async function resolveEntry(options: EntryOptions = {}): Promise<Entry> {
  const entry = await currentEntry(options);
  checkPermission(entry, options);
  return entry;
}
