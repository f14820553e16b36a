// One session's selection page: its candidates (given information, selected, waiting, not selected) with
// country and answers.
import { NotFound } from "@/lib/errors";
import { UUID } from "@/lib/ids";
import { inSelection, selectableSessions, type Selector } from "./selector";
import { selectionSessionSelect, withTitle } from "./selection-session-fields";
import { fieldLabel, readForm } from "./workshop-form";

const CANDIDATE_STATUSES = ["SUBMITTED", "SELECTED", "WAITING_LIST", "NOT_SELECTED"] as const;
const ORDER: Record<string, number> = { SELECTED: 0, WAITING_LIST: 1, SUBMITTED: 2, NOT_SELECTED: 3 };

export async function getSelectionSession(selector: Selector, sessionId: string, locale: string) {
  if (!UUID.test(sessionId)) throw new NotFound();
  const fields = selectionSessionSelect(locale);
  return inSelection(selector, async (tx) => {
    const session = await tx.workshopSession.findFirst({
      where: { id: sessionId, ...selectableSessions(selector) },
      select: { ...fields, course: { select: { ...fields.course.select, workshopForm: true } } },
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
    const form = readForm(session.course.workshopForm);
    const candidates = applications
      .map((a) => ({
        id: a.id,
        status: a.status,
        waitingListPosition: a.waitingListPosition,
        informationGivenAt: a.informationGivenAt,
        name: `${a.user.firstName} ${a.user.lastName}`,
        email: a.user.email,
        country: a.tenant.name,
        answers: form.map((field) => ({
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
    return {
      session: withTitle(session, locale),
      candidates,
      selected: candidates.filter((c) => c.status === "SELECTED").length,
    };
  });
}
