// What a downloaded course keeps of its outline: its sections and modules in order with their titles in every
// language, page modules' text, and the questions a quiz always asks, without what grades them (no answers, and a
// matching question's right-hand texts in an order of their own). Nothing of a timed quiz's questions, nothing drawn at
// random, and nothing of the learner.
import type { TenantTx } from "@/lib/db";

type Texts = Record<string, string>;
type Choice = { id: string; text?: Texts; left?: Texts; right?: Texts };

/** A question as the learner may read it before any attempt: its prompt and choices, never its answer. */
function shownQuestion(question: { id: string; kind: string; prompt: unknown; points: number; choices: unknown }) {
  const choices = question.choices as Choice[];
  const shown = { id: question.id, kind: question.kind, prompt: question.prompt, points: question.points };
  if (question.kind !== "MATCHING") return { ...shown, choices: choices.map((c) => ({ id: c.id, text: c.text })) };
  // The right-hand texts sorted by their English text: their stored order is the pairing itself.
  const right = choices.map((c) => c.right ?? {}).sort((a, b) => (a.en ?? "").localeCompare(b.en ?? ""));
  return { ...shown, left: choices.map((c) => ({ id: c.id, text: c.left })), right };
}

export async function readOutline(tx: TenantTx, courseId: string) {
  const modules = await tx.courseModule.findMany({
    where: { courseId },
    orderBy: { position: "asc" },
    select: {
      id: true,
      kind: true,
      title: true,
      section: { select: { id: true, title: true } },
      content: { select: { body: true } },
      quizSettings: { select: { timeLimitMinutes: true } },
      quizSlots: {
        where: { questionId: { not: null } },
        orderBy: { position: "asc" },
        select: { question: { select: { id: true, kind: true, prompt: true, points: true, choices: true } } },
      },
    },
  });
  return {
    courseId,
    modules: modules.map((m) => ({
      id: m.id,
      kind: m.kind,
      title: m.title,
      section: m.section,
      ...(m.kind === "PAGE" ? { body: m.content?.body ?? {} } : {}),
      ...(m.kind === "QUIZ" && m.quizSettings && m.quizSettings.timeLimitMinutes === null
        ? { questions: m.quizSlots.flatMap((slot) => (slot.question ? [shownQuestion(slot.question)] : [])) }
        : {}),
      // A timed quiz is taken online only (ADR 0050): the learner is told so before downloading.
      ...(m.kind === "QUIZ" && m.quizSettings?.timeLimitMinutes != null ? { onlineOnly: true } : {}),
    })),
  };
}

export const outlineBytes = (outline: unknown) => Buffer.byteLength(JSON.stringify(outline));
