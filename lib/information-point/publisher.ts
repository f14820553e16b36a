// Who writes the information point's announcements and documents: WCO staff on the root site (infoPoint.publish).
// Their rows are the WCO's tenant's, which the database alone lets them write (ADR 0048).
import { NotFound } from "@/lib/errors";
import type { Entry } from "@/lib/http/entry";
import { can } from "@/lib/permissions";
import type { Viewer } from "@/lib/auth/viewer";

export interface Publisher {
  viewer: Viewer;
  ctx: Entry["ctx"];
  tenantId: string;
  name: string;
}

export function publisherOf(entry: Entry): Publisher {
  const viewer = entry.viewer;
  if (!viewer || !can("infoPoint.publish", entry)) throw new NotFound();
  return { viewer, ctx: entry.ctx, tenantId: entry.ctx.tenantId, name: `${viewer.firstName} ${viewer.lastName}` };
}

/** NotFound unless the entry's viewer may read the information point. */
export function assertReader(entry: Entry): NonNullable<Entry["viewer"]> {
  if (!entry.viewer || !can("infoPoint.read", entry)) throw new NotFound();
  return entry.viewer;
}
