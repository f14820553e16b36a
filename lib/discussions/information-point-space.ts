// The National Coordinators' information point's discussion (ADR 0048): a discussion space that is not a course.
// Its rows name the WCO's tenant and a fixed space id in place of a course; the database shares them with every
// Customs context as it does a core course's. Only National Coordinators (of every administration) and WCO staff
// reach it; WCO staff moderate it. Everyone else: 404.
import { asPlatform, registry } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import type { Entry } from "@/lib/http/entry";
import { can, holds } from "@/lib/permissions";
import { tenantBySlug } from "@/lib/tenancy/tenant-cache";
import { ROOT_SITE_SLUG } from "@/lib/tenancy/host";
import type { DiscussionSpace } from "./space";

/** The information point's space id, in the rows' `courseId`; the migration's trigger knows it too. */
export const INFORMATION_POINT_SPACE = "00000000-0000-0000-0000-00000000c0de";

export async function readInformationPointSpace(entry: Entry): Promise<DiscussionSpace> {
  const viewer = entry.viewer;
  if (!viewer || !can("infoPoint.read", entry)) throw new NotFound();
  const [wco, home] = await Promise.all([
    tenantBySlug(ROOT_SITE_SLUG),
    registry.tenant().findUnique({ where: { id: viewer.homeTenantId }, select: { name: true } }),
  ]);
  if (!wco) throw new NotFound();
  return {
    tenantId: wco.id,
    courseId: INFORMATION_POINT_SPACE,
    courseTitle: "",
    viewer,
    ctx: entry.ctx,
    place: home?.name ?? "",
    author: holds("infoPoint.publish", viewer),
    tutor: false,
    namesTutors: false,
  };
}

/** Who a report of an information point post alerts (it has no tutors): the WCO's active staff. */
export async function informationPointModerators(): Promise<{ userId: string; userTenantId: string }[]> {
  const staff = await asPlatform("information point report alerts to WCO staff", (db) =>
    db.user.findMany({
      where: { tenant: { slug: ROOT_SITE_SLUG }, roles: { has: "WCO_ADMIN" }, status: "ACTIVE" },
      select: { id: true, tenantId: true },
    }),
  );
  return staff.map((user) => ({ userId: user.id, userTenantId: user.tenantId }));
}
