// What an attempt asks: its questions as they were when it started. A layout item names the question and
// the version it was drawn with (items of attempts started before the bank, without one, were version 1),
// so editing a bank question never changes an attempt already under way or answered.
import type { TenantTx } from "@/lib/db";
import type { LayoutItem } from "./enrolled-quiz";

export async function attemptQuestions(tx: TenantTx, layout: LayoutItem[]) {
  const versions = await tx.quizQuestionVersion.findMany({
    where: { OR: layout.map((l) => ({ questionId: l.questionId, version: l.version ?? 1 })) },
  });
  return new Map(versions.map((v) => [v.questionId, { ...v, id: v.questionId }]));
}
