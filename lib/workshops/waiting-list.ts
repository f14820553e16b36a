// The rules of a session's list of participants, run inside the transaction that changes it with the session
// row locked, so concurrent selections and withdrawals see one another.
import type { PlatformTx, TenantTx } from "@/lib/db";
import { applicationPath, SESSION_FACTS_SELECT } from "./notify";
import { notifyParticipant, PARTICIPANT_SELECT } from "./tell-coordinators";

type Tx = PlatformTx | TenantTx;

/** Locks the session row until the transaction ends. */
export async function lockSession(tx: Tx, sessionId: string): Promise<void> {
  await (tx as PlatformTx).$queryRaw`SELECT 1 FROM "WorkshopSession" WHERE "id" = ${sessionId}::uuid FOR UPDATE`;
}

/** Renumbers the waiting list 1, 2, 3... in its current order. */
export async function compactWaitingList(tx: Tx, sessionId: string): Promise<void> {
  const waiting = await (tx as PlatformTx).workshopApplication.findMany({
    where: { sessionId, status: "WAITING_LIST" },
    orderBy: [{ waitingListPosition: "asc" }, { updatedAt: "asc" }],
    select: { id: true, waitingListPosition: true },
  });
  for (const [index, row] of waiting.entries()) {
    if (row.waitingListPosition !== index + 1)
      await (tx as PlatformTx).workshopApplication.update({
        where: { id: row.id },
        data: { waitingListPosition: index + 1 },
      });
  }
}

export async function nextWaitingListPosition(tx: Tx, sessionId: string): Promise<number> {
  const last = await (tx as PlatformTx).workshopApplication.aggregate({
    where: { sessionId, status: "WAITING_LIST" },
    _max: { waitingListPosition: true },
  });
  return (last._max.waitingListPosition ?? 0) + 1;
}

/** While seats are free, the first of the waiting list is selected and told (with their coordinators); returns the e-mail steps. */
export async function promoteFromWaitingList(
  tx: Tx,
  sessionId: string,
  selectorId: string | null,
): Promise<Array<() => Promise<void>>> {
  const db = tx as PlatformTx;
  const steps = [];
  const session = await db.workshopSession.findUniqueOrThrow({
    where: { id: sessionId },
    select: SESSION_FACTS_SELECT,
  });
  let selected = await db.workshopApplication.count({ where: { sessionId, status: "SELECTED" } });
  while (selected < session.capacity) {
    const first = await db.workshopApplication.findFirst({
      where: { sessionId, status: "WAITING_LIST" },
      orderBy: [{ waitingListPosition: "asc" }, { updatedAt: "asc" }],
      select: { id: true, user: { select: PARTICIPANT_SELECT } },
    });
    if (!first) break;
    await db.workshopApplication.update({
      where: { id: first.id },
      data: { status: "SELECTED", waitingListPosition: null, selectedAt: new Date(), selectorId },
    });
    steps.push(...(await notifyParticipant(tx, first.user, "workshopPromoted", session, applicationPath(first.id))));
    selected += 1;
  }
  await compactWaitingList(tx, sessionId);
  return steps;
}
