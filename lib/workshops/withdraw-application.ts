// A candidate withdraws before the session starts. A selected participant's seat goes to the first of the
// waiting list, who may belong to another administration: the change runs across tenants, limited
// explicitly to the candidate's own application.
import { asPlatform } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { afterCommit } from "@/lib/notifications/queue-email";
import type { Candidate } from "./candidate";
import { WITHDRAWABLE } from "./get-my-application";
import { compactWaitingList, lockSession, promoteFromWaitingList } from "./waiting-list";
import { UUID } from "@/lib/ids";

export async function withdrawApplication(
  candidate: Candidate,
  applicationId: string,
  now = new Date(),
): Promise<void> {
  if (!UUID.test(applicationId)) throw new NotFound();
  const steps = await asPlatform("workshop withdrawal and waiting-list promotion", async (tx) => {
    const application = await tx.workshopApplication.findFirst({
      where: { id: applicationId, userId: candidate.id, tenantId: candidate.ctx.tenantId },
      select: { id: true, sessionId: true },
    });
    if (!application) throw new NotFound();
    await lockSession(tx, application.sessionId);
    const current = await tx.workshopApplication.findUniqueOrThrow({
      where: { id: application.id },
      select: { status: true, session: { select: { startsAt: true } } },
    });
    if (!(WITHDRAWABLE as readonly string[]).includes(current.status) || now >= current.session.startsAt)
      throw new Invalid({ application: "cannotWithdraw" });
    await tx.workshopApplication.update({
      where: { id: application.id },
      data: { status: "WITHDRAWN", waitingListPosition: null },
    });
    if (current.status === "SELECTED") return promoteFromWaitingList(tx, application.sessionId, null);
    if (current.status === "WAITING_LIST") await compactWaitingList(tx, application.sessionId);
    return [];
  });
  await afterCommit(steps);
}
