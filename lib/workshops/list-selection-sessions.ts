// The selection page: the sessions of the selector's workshops with their numbers of candidates.
import { inSelection, selectableSessions, type Selector } from "./selector";
import { selectionSessionSelect, withTitle } from "./selection-session-fields";

export async function listSelectionSessions(selector: Selector, locale: string) {
  return inSelection(selector, async (tx) => {
    const sessions = await tx.workshopSession.findMany({
      where: selectableSessions(selector),
      orderBy: { startsAt: "asc" },
      take: 200,
      select: selectionSessionSelect(locale),
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
    return sessions.map((s) => ({
      ...withTitle(s, locale),
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
