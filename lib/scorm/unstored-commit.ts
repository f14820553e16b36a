// Why a commit the compare-and-set did not store was not stored, so the device that kept it can say so rather than
// drop it silently (ADR 0049). Read only on that rare path, after the statement (store-commit.ts, ADR 0020).
import { forTenant, type TenantContext } from "@/lib/db";

/**
 * "duplicate": this session's own record, as new or newer, is stored (a retry, a beacon that arrived);
 * "newer": another session (another window or device) stored a record at or above this sequence, which is kept;
 * "finished": the attempt is over and takes no commit of another session (ADR 0021).
 */
export type NotStored = "duplicate" | "newer" | "finished";

export async function whyNotStored(
  ctx: TenantContext,
  attemptId: string,
  commit: { sequence: number; sessionId: string | null },
): Promise<NotStored> {
  const stored = await forTenant(ctx, (tx) =>
    tx.scormAttempt.findFirst({ where: { id: attemptId }, select: { commitSeq: true, sessionId: true } }),
  );
  if (!stored || stored.commitSeq < commit.sequence) return "finished";
  return commit.sessionId !== null && stored.sessionId === commit.sessionId ? "duplicate" : "newer";
}
