// The pages the service worker keeps are one account's: when another account (or nobody) uses the browser next,
// they are removed before anything else is kept (docs/decisions/0044).
import { forgetDraftsOfOthers } from "@/lib/quiz/kept-drafts";
import { CACHE_NAMES } from "./cache-rules";

const OWNER_KEY = "site-pages-owner";

/** Removes the kept pages when they were kept for someone else than `viewerId` (null: a visitor). */
export async function forgetPagesOfAnotherViewer(viewerId: string | null): Promise<void> {
  if (typeof caches === "undefined") return;
  const owner = viewerId ?? "";
  const previous = window.localStorage.getItem(OWNER_KEY);
  if (previous === owner) return;
  window.localStorage.setItem(OWNER_KEY, owner);
  // The quiz answers another account was still typing go too (its submissions wait for it: ADR 0050).
  forgetDraftsOfOthers(viewerId);
  if (previous === null) return;
  await caches.delete(CACHE_NAMES.pages);
}
