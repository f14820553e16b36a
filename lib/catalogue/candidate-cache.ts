// The visible catalogue changes rarely (publishing a course), while every search reads all of it, so each
// scope's candidate set is kept in memory for a short time. The key holds everything visibility depends
// on (tenant, audience, guest, region, country) plus locale and text query, so no scope ever sees
// another's rows. A change to a course is announced to every server process, which forgets its copy.
import { announceChange, caughtUpWithChanges, registerCache } from "@/lib/db";

const TTL_MS = 30_000;
const MAX_ENTRIES = 1_000;

const entries = new Map<string, { expires: number; value: Promise<unknown> }>();

export async function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (entries.has(key)) await caughtUpWithChanges(); // a change announced just before this request is heard first
  const now = Date.now();
  const hit = entries.get(key);
  if (hit && hit.expires > now) return hit.value as Promise<T>;
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
  const value = load();
  entries.set(key, { expires: now + TTL_MS, value });
  value.catch(() => entries.delete(key)); // a failed load is not kept
  return value;
}

registerCache("catalogue", () => entries.clear());

/** Drops every cached catalogue in every server process (call after publishing or changing a course). */
export function forgetCatalogue(): Promise<void> {
  return announceChange("catalogue");
}
