// A quiz attempt's answers kept on the device (the site's own storage), one entry per account and attempt, so nothing
// the learner answered is lost with the connection (ADR 0050). Only what the learner gave: the page that fills these
// entries never had the correct answers, and only the server grades. Browser code: the attempt and course pages.
import { announceDeviceRecords } from "@/lib/pwa/device-records";
import { KEPT_PREFIX, storageKeys } from "./kept-drafts";

/** Typed answers (a draft), a submission waiting for the connection, or one the server refused. */
export type KeptState = "draft" | "waiting" | "refused";

/** Why the server did not take a submission, a key of the KeptAnswers messages. */
export type RefusalReason = "alreadySubmitted" | "notOpen";

export interface KeptAnswers {
  courseId: string;
  state: KeptState;
  /** The attempt form's fields as it posts them: q.<question>, m.<question>.<left item>, submission. */
  fields: Array<[string, string]>;
  reason?: RefusalReason;
}

export type SendOutcome = { kind: "sent" } | { kind: "refused"; reason: RefusalReason } | { kind: "waiting" };

const storageKey = (viewerId: string, attemptId: string) => `${KEPT_PREFIX}${viewerId}:${attemptId}`;

export function parseKept(value: string | null): KeptAnswers | null {
  try {
    return value ? (JSON.parse(value) as KeptAnswers) : null;
  } catch {
    return null;
  }
}

export function readKept(viewerId: string, attemptId: string): KeptAnswers | null {
  return parseKept(keptText(viewerId, attemptId));
}

/** The entry as stored (a stable value for React's external stores), null when there is none. */
export function keptText(viewerId: string, attemptId: string): string | null {
  return window.localStorage.getItem(storageKey(viewerId, attemptId));
}

// The submissions the server took since the page loaded (their entries are gone), attempt to course, for "Sent".
const sentHere = new Map<string, string>();
export const sentFromHere = (attemptId: string) => sentHere.has(attemptId);
/** The attempts of the course whose kept submissions this page sent, as one stable text: ids separated by spaces. */
export const sentOfCourse = (courseId: string) =>
  [...sentHere].flatMap(([attemptId, course]) => (course === courseId ? [attemptId] : [])).join(" ");

// The submissions being sent now: one request at a time per attempt, and no "waiting" shown while it is on its way.
const inFlight = new Set<string>();
export const isSending = (attemptId: string) => inFlight.has(attemptId);

const listeners = new Set<() => void>();
const changed = () => {
  listeners.forEach((listener) => listener());
  announceDeviceRecords();
};

/** Calls `listener` when an entry changes, in this page or another tab. */
export function subscribeKept(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

/** Keeps the entry; false when the device refuses to store it (storage full or turned off). */
export function keep(viewerId: string, attemptId: string, kept: KeptAnswers): boolean {
  try {
    window.localStorage.setItem(storageKey(viewerId, attemptId), JSON.stringify(kept));
  } catch {
    return false;
  }
  changed();
  return true;
}

export function forgetKept(viewerId: string, attemptId: string): void {
  window.localStorage.removeItem(storageKey(viewerId, attemptId));
  changed();
}

function entries(): Array<{ viewerId: string; attemptId: string; kept: KeptAnswers }> {
  return storageKeys().flatMap((key) => {
    if (!key.startsWith(KEPT_PREFIX)) return [];
    const [viewerId, attemptId] = key.slice(KEPT_PREFIX.length).split(":");
    const kept = parseKept(window.localStorage.getItem(key));
    return kept && viewerId && attemptId ? [{ viewerId, attemptId, kept }] : [];
  });
}

/** The account's submissions of a course's quizzes that the server has not taken yet (waiting or refused). */
export function keptSubmissionsOfCourse(viewerId: string, courseId: string) {
  return entries().filter((e) => e.viewerId === viewerId && e.kept.courseId === courseId && e.kept.state !== "draft");
}

/** The same, as one stable text for React's external stores, without those being sent at this moment. */
export const keptSubmissionsText = (viewerId: string, courseId: string) =>
  JSON.stringify(keptSubmissionsOfCourse(viewerId, courseId).filter((e) => !inFlight.has(e.attemptId)));

/** The form's fields, as the browser would post them. */
export function fieldsOf(form: HTMLFormElement): Array<[string, string]> {
  return [...new FormData(form)].map(([name, value]) => [name, String(value)]);
}

/**
 * Sends a kept submission to the server, which grades it under the quiz's rules; the entry is removed once the server
 * has it, marked refused with the reason when the server says no, and left waiting when the server cannot be reached.
 */
export async function sendKept(viewerId: string, attemptId: string, kept: KeptAnswers): Promise<SendOutcome> {
  if (!navigator.onLine || inFlight.has(attemptId)) return { kind: "waiting" };
  const body = new FormData();
  for (const [name, value] of kept.fields) body.append(name, value);
  inFlight.add(attemptId);
  changed();
  let answer: Response;
  try {
    answer = await fetch(`/api/quiz/attempts/${attemptId}/submit`, {
      method: "POST",
      body,
      headers: { Accept: "application/json" },
    });
  } catch {
    return { kind: "waiting" };
  } finally {
    inFlight.delete(attemptId);
    changed();
  }
  if (answer.ok) {
    sentHere.set(attemptId, kept.courseId);
    forgetKept(viewerId, attemptId);
    return { kind: "sent" };
  }
  // 409: another submission was graded; 404: the attempt is not this account's to submit any more.
  const reason: RefusalReason | null =
    answer.status === 409 ? "alreadySubmitted" : answer.status === 404 ? "notOpen" : null;
  if (!reason) return { kind: "waiting" };
  keep(viewerId, attemptId, { ...kept, state: "refused", reason });
  return { kind: "refused", reason };
}
