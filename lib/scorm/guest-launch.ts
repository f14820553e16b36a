// A guest's launch of a SCORM module of a course open to guests (ADR 0042): any SCO of the module's current
// package, chosen in the manifest's outline (sequencing decides from stored records, and a guest has none),
// with a guest token for the content origin. No attempt, no lease: nothing is stored.
import { forTenant } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { guestCourseWhere, type GuestScope } from "@/lib/guest/guest-scope";
import { UUID } from "@/lib/ids";
import { issueGuestToken } from "./guest-token";
import type { PlayerOutlineItem } from "./launch-sco";
import { type OutlineItem, packageOutline } from "./package-outline";

export async function openGuestSco(scope: GuestScope, moduleId: string, position: number, platformOrigin: string) {
  if (!UUID.test(moduleId)) throw new NotFound();
  return forTenant(scope.ctx, async (tx) => {
    const pkg = await tx.scormPackage.findFirst({
      where: { moduleId, replacedAt: null, module: { course: guestCourseWhere(scope) } },
      include: { scos: { orderBy: { position: "asc" } } },
    });
    if (!pkg || !pkg.scos.length) throw new NotFound();
    const index = Math.max(
      0,
      pkg.scos.findIndex((s) => s.position === position),
    );
    const sco = pkg.scos[index];
    const positionOf = new Map(pkg.scos.map((s) => [s.identifier, s.position]));
    const toPlayer = (items: OutlineItem[]): PlayerOutlineItem[] =>
      items.map((item) => ({
        title: item.title,
        position: item.identifier ? (positionOf.get(item.identifier) ?? null) : null,
        done: false,
        children: toPlayer(item.children),
      }));
    return {
      courseId: pkg.courseId,
      sco: { title: sco.title, position: sco.position },
      scoCount: pkg.scos.length,
      outline: toPlayer(await packageOutline(pkg.storageKey, [...positionOf.keys()])),
      previous: pkg.scos[index - 1]?.position ?? null,
      next: pkg.scos[index + 1]?.position ?? null,
      token: issueGuestToken({
        key: pkg.storageKey,
        origin: platformOrigin,
        packageId: pkg.id,
        position: sco.position,
        tenantId: scope.ctx.tenantId,
        audience: scope.ctx.audience,
      }),
    };
  });
}
