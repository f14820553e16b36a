// One of the candidate's workshop applications, with its session, the information form and the answers given.
import { forTenant } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import type { Candidate } from "./candidate";
import { readForm, fieldLabel } from "./workshop-form";
import { UUID } from "@/lib/ids";

/** Statuses from which the candidate may still withdraw (before the session starts). */
export const WITHDRAWABLE = ["PENDING", "ACCEPTED", "SUBMITTED", "SELECTED", "WAITING_LIST"] as const;

export async function getMyApplication(candidate: Candidate, applicationId: string, locale: string, now = new Date()) {
  if (!UUID.test(applicationId)) throw new NotFound();
  return forTenant(candidate.ctx, async (tx) => {
    const application = await tx.workshopApplication.findFirst({
      where: { id: applicationId, userId: candidate.id },
      select: {
        id: true,
        status: true,
        answers: true,
        coordinatorReason: true,
        waitingListPosition: true,
        appliedAt: true,
        session: { select: { startsAt: true, endsAt: true, timeZone: true, place: true, onlineUrl: true } },
        course: {
          select: {
            id: true,
            code: true,
            workshopForm: true,
            translations: { where: { locale: { in: [locale, "en"] } }, select: { locale: true, title: true } },
          },
        },
      },
    });
    if (!application) throw new NotFound();
    const { course, session } = application;
    const started = now >= session.startsAt;
    return {
      id: application.id,
      status: application.status,
      reason: application.coordinatorReason,
      waitingListPosition: application.waitingListPosition,
      course: {
        id: course.id,
        title:
          course.translations.find((t) => t.locale === locale)?.title ?? course.translations[0]?.title ?? course.code,
      },
      session: {
        ...session,
        onlineUrl: application.status === "SELECTED" ? session.onlineUrl : null,
        online: session.onlineUrl !== null,
      },
      fields: readForm(course.workshopForm).map((field) => ({
        id: field.id,
        kind: field.kind,
        required: field.required,
        label: fieldLabel(field, locale),
      })),
      answers: (application.answers ?? {}) as Record<string, string>,
      mayGiveInformation: !started && (application.status === "ACCEPTED" || application.status === "SUBMITTED"),
      mayWithdraw: !started && (WITHDRAWABLE as readonly string[]).includes(application.status),
    };
  });
}
