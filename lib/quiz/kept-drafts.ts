// The keys of the quiz answers a device keeps (ADR 0050), and what the app shell does with them when the browser
// changes hands; apart from lib/quiz/kept-answers.ts, so every page carries only these few lines.

export const KEPT_PREFIX = "quiz-answers:";

/** The keys of the site's storage, in its own order. */
export function storageKeys(): string[] {
  const storage = window.localStorage;
  return Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? "");
}

/**
 * On sign-out or another account: the answers other accounts were still typing are removed. Their submissions stay,
 * under their account's key, until that account signs in and they are sent: removing them would lose an answered
 * quiz without a word.
 */
export function forgetDraftsOfOthers(viewerId: string | null): void {
  for (const key of storageKeys()) {
    if (!key.startsWith(KEPT_PREFIX) || (viewerId && key.startsWith(`${KEPT_PREFIX}${viewerId}:`))) continue;
    try {
      if ((JSON.parse(window.localStorage.getItem(key) ?? "null") as { state?: string } | null)?.state === "draft")
        window.localStorage.removeItem(key);
    } catch {
      // Not an entry this code wrote: left as it is.
    }
  }
}
