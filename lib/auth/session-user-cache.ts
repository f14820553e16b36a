// Every signed-in request needs its user's state (status, session version, roles, home tenant), and reading
// it was about half the cost of a catalogue search. Each server process keeps it for a minute, but only
// while it listens for changes: the database announces every change to a user, and to a tenant's kind,
// region or country, on commit, whoever made it (migration cache_announcements), and every process forgets
// that user at once. A suspension, a new password or a changed role still applies from the next request.
import { readSessionUser, sharedCache } from "@/lib/db";

type SessionUser = Awaited<ReturnType<typeof readSessionUser>>;

const sessionUsers = sharedCache<SessionUser>("session-user", {
  ttlMs: 60_000,
  maxEntries: 20_000,
  whileListening: true,
});

/** The state of `userId` as the session check reads it (null: no such user). */
export function sessionUser(userId: string): Promise<SessionUser> {
  return sessionUsers.get(userId, () => readSessionUser(userId));
}
