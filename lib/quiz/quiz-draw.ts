// A quiz's questions for one attempt: its chosen bank questions in order, and at each random entry that many
// questions drawn from the entry's category (never one the quiz already asks; fewer when the category has
// fewer left).
import type { TenantTx } from "@/lib/db";
import { shuffled } from "./enrolled-quiz";

const QUESTION = { id: true, kind: true, choices: true, version: true, categoryId: true } as const;

async function quizEntries(tx: TenantTx, moduleId: string) {
  const slots = await tx.quizSlot.findMany({
    where: { moduleId },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { questionId: true, categoryId: true, drawCount: true, question: { select: QUESTION } },
  });
  const categories = [...new Set(slots.flatMap((s) => (s.categoryId && !s.questionId ? [s.categoryId] : [])))];
  const pools = categories.length
    ? await tx.quizQuestion.findMany({ where: { categoryId: { in: categories } }, select: QUESTION })
    : [];
  return { slots, pools };
}

/** The questions a new attempt asks, in the quiz's order (before the quiz's own shuffle). */
export async function drawQuestions(tx: TenantTx, moduleId: string) {
  const { slots, pools } = await quizEntries(tx, moduleId);
  const asked = new Set(slots.flatMap((s) => (s.questionId ? [s.questionId] : [])));
  return slots.flatMap((slot) => {
    if (slot.question) return [slot.question];
    const left = pools.filter((q) => q.categoryId === slot.categoryId && !asked.has(q.id));
    const drawn = shuffled(left, true).slice(0, slot.drawCount ?? 0);
    for (const q of drawn) asked.add(q.id);
    return drawn;
  });
}

/** How many questions an attempt asks, before the quiz's own draw limit. */
export async function countQuizQuestions(tx: TenantTx, moduleId: string) {
  const { slots, pools } = await quizEntries(tx, moduleId);
  const asked = new Set(slots.flatMap((s) => (s.questionId ? [s.questionId] : [])));
  let count = asked.size;
  const available = new Map<string, number>();
  for (const q of pools)
    if (!asked.has(q.id)) available.set(q.categoryId ?? "", (available.get(q.categoryId ?? "") ?? 0) + 1);
  for (const slot of slots) {
    if (slot.questionId || !slot.categoryId) continue;
    const drawn = Math.min(slot.drawCount ?? 0, available.get(slot.categoryId) ?? 0);
    available.set(slot.categoryId, (available.get(slot.categoryId) ?? 0) - drawn);
    count += drawn;
  }
  return count;
}
