// The accepted candidate gives the information the workshop asks for (its form); they may correct it until
// WCO staff decide. Required fields are checked; errors are keyed by field id.
import { forTenant, type Prisma } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import type { Candidate } from "./candidate";
import { checkAnswers, readForm } from "./workshop-form";
import { UUID } from "@/lib/ids";

export async function submitWorkshopInformation(
  candidate: Candidate,
  applicationId: string,
  input: Record<string, unknown>,
  now = new Date(),
): Promise<void> {
  if (!UUID.test(applicationId)) throw new NotFound();
  await forTenant(candidate.ctx, async (tx) => {
    const application = await tx.workshopApplication.findFirst({
      where: { id: applicationId, userId: candidate.id },
      select: {
        id: true,
        status: true,
        session: { select: { startsAt: true } },
        course: { select: { workshopForm: true } },
      },
    });
    if (!application) throw new NotFound();
    if (
      (application.status !== "ACCEPTED" && application.status !== "SUBMITTED") ||
      now >= application.session.startsAt
    )
      throw new Invalid({ form: "informationClosed" });
    const answers = checkAnswers(readForm(application.course.workshopForm), input);
    await tx.workshopApplication.update({
      where: { id: application.id },
      data: { status: "SUBMITTED", answers: answers as Prisma.InputJsonValue, informationGivenAt: now },
    });
  });
}
