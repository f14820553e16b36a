// Every signed-in request needs its user's state (status, session version, roles, home tenant), and reading
// it was about half the cost of a catalogue search. Each server process keeps it for a minute, but only
// while it listens for changes: the database announces every change to a user, and to a tenant's kind,
// region or country, on commit, whoever made it (migration session_user_announcements), and every process
// forgets that user at once. A suspension, a new password or a changed role still applies from the next request.
import { isListeningForCacheChanges, readSessionUser, registerCache } from "@/lib/db";

type SessionUser = Awaited<ReturnType<typeof readSessionUser>>;

const TTL_MS = 60_000;
const MAX_ENTRIES = 20_000;
const entries = new Map<string, { value: SessionUser; expires: number }>();
// Counts forgets: a read that overlapped one may hold the state from before the change, and is not kept.
let changes = 0;

registerCache("session-user", (userId) => {
  changes++;
  if (userId) entries.delete(userId);
  else entries.clear();
});

/** The state of `userId` as the session check reads it (null: no such user). */
export async function sessionUser(userId: string): Promise<SessionUser> {
  const hit = entries.get(userId);
  if (hit && hit.expires > Date.now()) return hit.value;
  const seen = changes;
  const value = await readSessionUser(userId);
  if (seen === changes && isListeningForCacheChanges()) {
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
    entries.set(userId, { value, expires: Date.now() + TTL_MS });
  }
  return value;
}
