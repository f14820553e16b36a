// Server processes keep small in-memory caches (the tenant registry, the visible catalogue, topics, signed-in
// users' session state and unread alerts). A change is announced with PostgreSQL's NOTIFY, so every process,
// on this machine or another, forgets its copy at once; each cache's own expiry remains the bound while a
// process has no listening connection.
import pg from "pg";
import { directDatabaseUrl, rawClient } from "./client";

const CHANNEL = "clikc_cache";
const APPLICATION_NAME = "clikc cache listener"; // how the connection shows in pg_stat_activity
const RETRY_MS = 1_000;

/** Forgets `key` in one cache, or everything in it when `key` is empty. */
type Forget = (key: string) => void;

// On globalThis: the bundler may load a module once per route, and every copy must hear the announcements.
const state = ((
  globalThis as { __clikcCacheAnnouncements?: { caches: Map<string, Set<Forget>>; listener: pg.Client | null } }
).__clikcCacheAnnouncements ??= {
  caches: new Map(),
  listener: null,
});

/** Lets `name`'s cache hear changes announced by this process and, once listening, by every other. */
export function registerCache(name: string, forget: Forget): void {
  const forgets = state.caches.get(name) ?? state.caches.set(name, new Set()).get(name)!;
  forgets.add(forget);
}

function forgetHere(name: string, key: string): void {
  for (const forget of state.caches.get(name) ?? []) forget(key);
}

function forgetEverything(): void {
  for (const name of state.caches.keys()) forgetHere(name, "");
}

/** Whether this process hears every change now: a cache that must never be stale keeps entries only then. */
function isListeningForCacheChanges(): boolean {
  return state.listener !== null;
}

// A change committed elsewhere just before a request reaches this process may still be on its way here: the
// user who changed their language, redirected to this server, would see the page in the old one. A query
// on the listening connection is answered only after PostgreSQL has sent it every notification already
// committed, so a request that waits for one begun after it arrived sees every change made before it.
let syncInFlight: Promise<boolean> | null = null;
let syncQueued: Promise<boolean> | null = null;

/**
 * Resolves once this process has heard every change committed before the call: true, or false when it is
 * not listening (then a cached value may be stale). Concurrent callers share one query on the connection.
 */
export function caughtUpWithChanges(): Promise<boolean> {
  const listener = state.listener;
  if (!listener) return Promise.resolve(false);
  if (!syncInFlight) {
    syncInFlight = listener.query("SELECT 1").then(
      () => state.listener === listener,
      () => false,
    );
    void syncInFlight.finally(() => (syncInFlight = null));
    return syncInFlight;
  }
  // The query in flight may have been sent before the change this caller must see: wait for the next one.
  return (syncQueued ??= syncInFlight.then(() => {
    syncQueued = null;
    return caughtUpWithChanges();
  }));
}

/** Hits and misses per cache, read by the metrics of the production server (scripts/lib/observability.mjs). */
const stats = ((globalThis as { __clikcCacheStats?: Map<string, { hit: number; miss: number }> }).__clikcCacheStats ??=
  new Map());

function countLookup(name: string, result: "hit" | "miss"): void {
  const counts = stats.get(name) ?? stats.set(name, { hit: 0, miss: 0 }).get(name)!;
  counts[result]++;
}

export interface SharedCache<V> {
  /** The value kept for `key`, or what `load` reads (kept unless a change overlapped the read). */
  get(key: string, load: () => Promise<V>): Promise<V>;
}

/**
 * A cache of this process that forgets what is announced under `name`. Entries live `ttlMs`. With
 * `whileListening`, entries are kept only while this process hears every announcement: for state that must
 * never be stale, whose changes the database announces itself (migration cache_announcements).
 */
export function sharedCache<V>(
  name: string,
  options: { ttlMs: number; maxEntries: number; whileListening?: boolean },
): SharedCache<V> {
  const entries = new Map<string, { value: V; expires: number }>();
  // Counts forgets: a read that overlapped one may hold the value from before the change, and is not kept.
  let changes = 0;
  registerCache(name, (key) => {
    changes++;
    if (key) entries.delete(key);
    else entries.clear();
  });
  return {
    async get(key, load) {
      if (entries.has(key) && !(await caughtUpWithChanges()) && options.whileListening) entries.clear();
      const hit = entries.get(key);
      if (hit && hit.expires > Date.now()) {
        countLookup(name, "hit");
        return hit.value;
      }
      countLookup(name, "miss");
      const seen = changes;
      const value = await load();
      if (seen === changes && (!options.whileListening || isListeningForCacheChanges())) {
        if (entries.size >= options.maxEntries) entries.delete(entries.keys().next().value as string);
        entries.set(key, { value, expires: Date.now() + options.ttlMs });
      }
      return value;
    },
  };
}

/** Forgets `key` (empty: everything) of cache `name` in this process and tells every listening process. */
export async function announceChange(name: string, key = ""): Promise<void> {
  forgetHere(name, key);
  // Sent by a listening (server) process, on a pooled connection since the listening one must not run two
  // queries at once; this process hears it back and forgets once more. Without the listening connection the
  // others miss this, and forget everything when they reconnect.
  if (state.listener)
    await rawClient().$executeRaw`SELECT pg_notify(${CHANNEL}, ${JSON.stringify([name, key])})`.catch(() => {});
}

/**
 * Opens this process's listening connection (instrumentation.ts, once per server process), directly to PostgreSQL
 * since a transaction pooler cannot hold a LISTEN (APP_DIRECT_DATABASE_URL), and keeps it open,
 * reconnecting after a failure. Anything may have changed while it was closed, so every cache is emptied
 * whenever it opens. Returns a function that closes it.
 */
export async function listenForCacheChanges(url = directDatabaseUrl()): Promise<() => Promise<void>> {
  let stopped = false;
  const open = async (): Promise<void> => {
    const client = new pg.Client({
      connectionString: url,
      connectionTimeoutMillis: 5_000,
      keepAlive: true,
      application_name: APPLICATION_NAME,
    });
    client.on("notification", ({ payload }) => {
      if (!payload) return;
      const [name, key] = JSON.parse(payload) as [string, string];
      forgetHere(name, key);
    });
    client.on("error", () => {}); // followed by "end"
    client.on("end", () => {
      if (state.listener !== client) return; // it never listened: open()'s caller retries
      state.listener = null;
      forgetEverything(); // what changes from now on is not heard until the connection is back
      retryLater();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      void client.end().catch(() => {});
      throw error;
    }
    state.listener = client;
    forgetEverything();
  };
  const retryLater = () => {
    if (!stopped) setTimeout(() => void open().catch(retryLater), RETRY_MS).unref();
  };
  await open().catch(retryLater); // a database that is down at start does not stop the server
  return async () => {
    stopped = true;
    const client = state.listener;
    state.listener = null;
    await client?.end();
  };
}
