// The selection page: the sessions of the selector's workshops with their numbers of candidates.
import { inSelection, selectableSessions, type Selector } from "./selector";
import { titleIn } from "./session-title";

export async function listSelectionSessions(selector: Selector, locale: string) {
  return inSelection(selector, async (tx) => {
    const sessions = await tx.workshopSession.findMany({
      where: selectableSessions(selector),
      orderBy: { startsAt: "asc" },
      take: 200,
      select: {
        id: true,
        startsAt: true,
        endsAt: true,
        timeZone: true,
        place: true,
        onlineUrl: true,
        capacity: true,
        course: {
          select: {
            code: true,
            translations: { where: { locale: { in: [locale, "en"] } }, select: { locale: true, title: true } },
          },
        },
      },
    });
    const counts = sessions.length
      ? await tx.workshopApplication.groupBy({
          by: ["sessionId", "status"],
          where: { sessionId: { in: sessions.map((s) => s.id) } },
          _count: { _all: true },
        })
      : [];
    const count = (sessionId: string, statuses: string[]) =>
      counts
        .filter((c) => c.sessionId === sessionId && statuses.includes(c.status))
        .reduce((sum, c) => sum + c._count._all, 0);
    return sessions.map(({ course, ...s }) => ({
      ...s,
      title: titleIn(course.translations, locale, course.code),
      counts: {
        pending: count(s.id, ["PENDING", "ACCEPTED"]),
        submitted: count(s.id, ["SUBMITTED"]),
        selected: count(s.id, ["SELECTED"]),
        waiting: count(s.id, ["WAITING_LIST"]),
        notSelected: count(s.id, ["NOT_SELECTED"]),
      },
    }));
  });
}
