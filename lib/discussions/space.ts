// The discussion space a viewer reaches for a course (ADR 0046), and what they may do in it. A space is named
// by its tenant and course: for Customs officers the course owner's tenant (a core course's space is the WCO's,
// shared by every administration that sees the course; an administration's own course keeps its own); for
// Academy learners the Academy's tenant. Nobody reaches the space of a course they may not see: 404.
import { visibilityScope } from "@/lib/auth/visibility-scope";
import { visibilityWhere } from "@/lib/catalogue/visibility-where";
import { registry, type TenantContext, type TenantTx } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import type { Entry } from "@/lib/http/entry";
import { UUID } from "@/lib/ids";
import { can } from "@/lib/permissions";
import type { Viewer } from "@/lib/auth/viewer";
import { INFORMATION_POINT_SPACE, readInformationPointSpace } from "./information-point-space";

export interface DiscussionSpace {
  tenantId: string;
  courseId: string;
  courseTitle: string;
  viewer: Viewer;
  ctx: TenantContext;
  /** Names the viewer's administration on posts (readers of other administrations cannot read it). */
  place: string;
  /** The course's authors on this site: they moderate and name tutors. */
  author: boolean;
  /** Named a tutor of this space: moderates, and their posts are marked. */
  tutor: boolean;
  /** A National Coordinator (or an author) may name tutors of their own administration. */
  namesTutors: boolean;
}

/** The space of `courseId` (or the information point's, ADR 0048) for the entry's viewer, in the caller's transaction; NotFound when not theirs. */
export async function readSpace(tx: TenantTx, entry: Entry, courseId: string): Promise<DiscussionSpace> {
  if (courseId === INFORMATION_POINT_SPACE) return readInformationPointSpace(entry);
  const viewer = entry.viewer;
  if (!viewer || !UUID.test(courseId)) throw new NotFound();
  const course = await tx.course.findFirst({
    where: { id: courseId, ...visibilityWhere(visibilityScope(entry)) },
    select: { id: true, tenantId: true, translations: { select: { locale: true, title: true } } },
  });
  if (!course) throw new NotFound();
  const customs = entry.ctx.audience === "CUSTOMS";
  const tenantId = customs ? course.tenantId : entry.ctx.tenantId;
  const author = customs && course.tenantId === entry.site.tenant.id && can("authoring.author", entry);
  const tutor = (await tx.courseTutor.count({ where: { tenantId, courseId, userId: viewer.id } })) > 0;
  const home = await registry.tenant().findUnique({ where: { id: viewer.homeTenantId }, select: { name: true } });
  const text = (locale: string | null) => course.translations.find((t) => t.locale === locale)?.title;
  const title = text(viewer.locale) ?? text("en") ?? course.translations[0]?.title ?? "";
  return {
    tenantId,
    courseId,
    courseTitle: title,
    viewer,
    ctx: entry.ctx,
    place: home?.name ?? "",
    author,
    tutor,
    namesTutors: customs && (author || can("team.manage", entry)),
  };
}

/** Whether the space's viewer moderates it (pin, lock, remove). */
export function moderates(space: DiscussionSpace): boolean {
  return space.author || space.tutor;
}

/** The space's key on its rows; `shared` is derived again by the database from the course. */
export function spaceRow(space: DiscussionSpace) {
  return { tenantId: space.tenantId, courseId: space.courseId, shared: space.tenantId !== space.ctx.tenantId };
}

/** A new post's row by the viewer: who wrote it, from where, as a tutor or not, and its text. */
export function newPostRow(space: DiscussionSpace, threadId: string, source: string, body: string) {
  return {
    ...spaceRow(space),
    threadId,
    authorId: space.viewer.id,
    authorTenantId: space.viewer.homeTenantId,
    authorName: `${space.viewer.firstName} ${space.viewer.lastName}`,
    authorPlace: space.place,
    byTutor: space.tutor,
    source,
    body,
  };
}
