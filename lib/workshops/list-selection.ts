// The selection pages: the sessions of the selector's workshops with their numbers of candidates, and one
// session's candidates (given information, selected, waiting, not selected) with country and answers.
import { NotFound } from "@/lib/errors";
import { inSelection, selectableSessions, type Selector } from "./selector";
import { fieldLabel, readForm } from "./workshop-form";
import { UUID } from "@/lib/ids";

const CANDIDATE_STATUSES = ["SUBMITTED", "SELECTED", "WAITING_LIST", "NOT_SELECTED"] as const;
const ORDER: Record<string, number> = { SELECTED: 0, WAITING_LIST: 1, SUBMITTED: 2, NOT_SELECTED: 3 };

const titleIn = (translations: Array<{ locale: string; title: string }>, locale: string, code: string) =>
  translations.find((t) => t.locale === locale)?.title ?? translations.find((t) => t.locale === "en")?.title ?? code;

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

export async function getSelectionSession(selector: Selector, sessionId: string, locale: string) {
  if (!UUID.test(sessionId)) throw new NotFound();
  return inSelection(selector, async (tx) => {
    const session = await tx.workshopSession.findFirst({
      where: { id: sessionId, ...selectableSessions(selector) },
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
            workshopForm: true,
            translations: { where: { locale: { in: [locale, "en"] } }, select: { locale: true, title: true } },
          },
        },
      },
    });
    if (!session) throw new NotFound();
    const applications = await tx.workshopApplication.findMany({
      where: { sessionId, status: { in: [...CANDIDATE_STATUSES] } },
      select: {
        id: true,
        status: true,
        answers: true,
        waitingListPosition: true,
        informationGivenAt: true,
        user: { select: { firstName: true, lastName: true, email: true } },
        tenant: { select: { name: true } },
      },
    });
    const fields = readForm(session.course.workshopForm);
    const candidates = applications
      .map((a) => ({
        id: a.id,
        status: a.status,
        waitingListPosition: a.waitingListPosition,
        informationGivenAt: a.informationGivenAt,
        name: `${a.user.firstName} ${a.user.lastName}`,
        email: a.user.email,
        country: a.tenant.name,
        answers: fields.map((field) => ({
          label: fieldLabel(field, locale),
          kind: field.kind,
          value: ((a.answers ?? {}) as Record<string, string>)[field.id] ?? "",
        })),
      }))
      .sort(
        (a, b) =>
          ORDER[a.status] - ORDER[b.status] ||
          (a.waitingListPosition ?? 0) - (b.waitingListPosition ?? 0) ||
          (a.informationGivenAt?.getTime() ?? 0) - (b.informationGivenAt?.getTime() ?? 0),
      );
    const { course, ...rest } = session;
    return {
      session: { ...rest, title: titleIn(course.translations, locale, course.code) },
      candidates,
      selected: candidates.filter((c) => c.status === "SELECTED").length,
    };
  });
}
