// The module a guest opens: a video, resource or page module of a course open to guests on the site
// (lib/guest/guest-scope.ts). Anything else is NotFound, whatever the reason.
import type { TenantTx } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { guestCourseWhere, type GuestScope } from "@/lib/guest/guest-scope";
import { UUID } from "@/lib/ids";
import type { ContentKind } from "./author-module";

export async function guestModule(tx: TenantTx, scope: GuestScope, moduleId: string, kind: ContentKind) {
  if (!UUID.test(moduleId)) throw new NotFound();
  const courseModule = await tx.courseModule.findFirst({
    where: { id: moduleId, kind, course: guestCourseWhere(scope) },
    select: { id: true, title: true, courseId: true, required: true, content: true },
  });
  if (!courseModule) throw new NotFound();
  return courseModule;
}
