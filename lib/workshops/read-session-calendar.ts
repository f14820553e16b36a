// A session's calendar invitation for download from the course page: for a signed-in viewer who can see the
// workshop in the catalogue (anyone else: not found), with the online link only for a selected participant, as
// the page shows it.
import { homeSiteUrl } from "@/lib/accounts/account-links";
import type { VisibilityScope } from "@/lib/auth/visibility-scope";
import { visibilityWhere } from "@/lib/catalogue/visibility-where";
import { forTenant } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { UUID } from "@/lib/ids";
import { sessionCalendar } from "./session-calendar";
import { titleIn } from "./session-title";

export async function readSessionCalendar(
  scope: VisibilityScope,
  viewer: { id: string },
  sessionId: string,
  locale: string,
): Promise<string> {
  if (!UUID.test(sessionId)) throw new NotFound();
  const found = await forTenant(scope.ctx, async (tx) => {
    const session = await tx.workshopSession.findFirst({
      where: { id: sessionId, course: { ...visibilityWhere(scope), type: "WORKSHOP" } },
      select: {
        id: true,
        courseId: true,
        startsAt: true,
        endsAt: true,
        timeZone: true,
        place: true,
        onlineUrl: true,
        course: { select: { code: true, translations: { select: { locale: true, title: true } } } },
      },
    });
    if (!session) return null;
    const application = await tx.workshopApplication.findFirst({
      where: { userId: viewer.id, sessionId, status: "SELECTED" },
      select: { id: true },
    });
    const tenant = await tx.tenant.findUniqueOrThrow({
      where: { id: scope.ctx.tenantId },
      select: { kind: true, slug: true, spaceEnabled: true },
    });
    return { session, selected: application !== null, tenant };
  });
  if (!found) throw new NotFound();
  const { session, selected, tenant } = found;
  return sessionCalendar({
    ...session,
    onlineUrl: selected ? session.onlineUrl : null,
    title: titleIn(session.course.translations, locale, session.course.code),
    url: homeSiteUrl(tenant, `/courses/${session.courseId}#sessions`),
  });
}
