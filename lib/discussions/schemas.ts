// The discussions area's input and limits (ADR 0046). Messages are keys of the Discussion namespace.
import { z } from "zod";

/** How long an author may edit or delete their own post. */
export const EDIT_WINDOW_MINUTES = 30;
/** Threads on a page of the course's discussion, posts on a page of a thread. */
export const THREADS_PER_PAGE = 20;
export const POSTS_PER_PAGE = 20;
/** Posts (threads and replies) one account may write per window, on every server together. */
export const POSTING_LIMIT = { limit: 10, windowMs: 60_000 };
export const MAX_BODY_CHARS = 10_000;
/** A post's files (attachments.ts): how many, and how large each. */
export const MAX_ATTACHMENTS = 3;
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
/** The largest post with files: its files, its texts and the multipart envelope (request-guards.mjs's limit). */
export const POST_WITH_FILES_MAX_BYTES = MAX_ATTACHMENTS * ATTACHMENT_MAX_BYTES + 256 * 1024;

/** What is refused of a post's files by their number and sizes, in the browser and on the server alike. */
export function attachmentsRefusal(sizes: number[]): "attachmentsTooMany" | "attachmentTooLarge" | null {
  if (sizes.length > MAX_ATTACHMENTS) return "attachmentsTooMany";
  if (sizes.some((size) => size > ATTACHMENT_MAX_BYTES)) return "attachmentTooLarge";
  return null;
}

/** The files chosen in a post form's "file" field (an empty input sends one empty part: no file). */
export function chosenFiles(form: FormData): File[] {
  return form.getAll("file").filter((value): value is File => value instanceof File && value.size > 0);
}

const body = z.string("required").trim().min(1, "required").max(MAX_BODY_CHARS, "tooLong");

export const threadSchema = z.object({
  title: z.string("required").trim().min(1, "required").max(200, "tooLong"),
  body,
});

export const postSchema = z.object({ body });

export const reportSchema = z.object({
  reason: z.string("required").trim().min(1, "required").max(1_000, "tooLong"),
});

export const tutorSchema = z.object({
  username: z.string("required").trim().min(1, "required").max(200, "tooLong"),
});

export const THREAD_MODERATIONS = ["pin", "unpin", "lock", "unlock", "remove"] as const;
export type ThreadModeration = (typeof THREAD_MODERATIONS)[number];

/** A page number from the address: 1 unless a positive integer; "last" is past every page (the view shows its last). */
export function pageNumber(value: string | undefined): number {
  if (value === "last") return 99_999;
  const n = Number(value);
  return Number.isInteger(n) && n > 0 && n < 100_000 ? n : 1;
}
