// One rendition of a course's image, for a viewer who may see the course: a published course as the catalogue
// shows it, a course the Academy sells (on the Academy), or the course's own author (drafts included). Anyone
// else, an old key or a width pages never ask for gets NotFound, as if there were no image.
import { visibilityScope } from "@/lib/auth/visibility-scope";
import { readStoredFile } from "@/lib/content-store";
import { forTenant, type TenantContext } from "@/lib/db";
import type { Viewer } from "@/lib/auth/load-viewer";
import type { Site } from "@/lib/tenancy/site";
import { NotFound } from "@/lib/errors";
import { UUID } from "@/lib/ids";
import { can } from "@/lib/permissions";
import { IMAGE_WIDTHS, imageFile } from "./course-image";
import { visibilityWhere } from "./visibility-where";

export async function readCourseImage(
  entry: { site: Site; viewer: Viewer | null; ctx: TenantContext },
  courseId: string,
  keyId: string,
  width: string,
) {
  if (!UUID.test(courseId) || !UUID.test(keyId) || !(IMAGE_WIDTHS as readonly number[]).includes(Number(width)))
    throw new NotFound();
  const imageKey = `image/${keyId}`;
  const mayAuthor = can("authoring.author", entry);
  const visible = await forTenant(entry.ctx, (tx) =>
    tx.course.findFirst({
      where: {
        id: courseId,
        imageKey,
        OR: [visibilityWhere(visibilityScope(entry)), ...(mayAuthor ? [{ tenantId: entry.site.tenant.id }] : [])],
      },
      select: { id: true },
    }),
  );
  // The Academy shows the courses of its products to everyone (the store's pages read them without a learner).
  const course =
    visible ??
    (entry.site.kind === "academy"
      ? await forTenant({ tenantId: entry.site.tenant.id, audience: "PUBLIC" }, (tx) =>
          tx.course.findFirst({
            where: {
              id: courseId,
              imageKey,
              status: "PUBLISHED",
              storeListings: { some: { product: { active: true } } },
            },
            select: { id: true },
          }),
        )
      : null);
  if (!course) throw new NotFound();
  const bytes = await readStoredFile(imageKey, imageFile(Number(width)));
  if (!bytes) throw new NotFound();
  return bytes;
}
