// What a server process holds besides its HTTP server: the cache listener, the background workers and the
// connection pools. Started once per process by instrumentation.ts; stopped by the production server when it
// drains (scripts/lib/server-lifecycle.mjs), after the requests in flight have finished (ADR 0035).
import { disconnectDatabase, listenForCacheChanges } from "@/lib/db";
import { stopJobQueue } from "@/lib/jobs/queue";
import { startWorkers } from "./start-workers";

const JOBS_GRACE_MS = 10_000;

export async function startServerProcess({ workers }: { workers: boolean }): Promise<() => Promise<void>> {
  const stopListening = await listenForCacheChanges();
  const stopTimers = workers ? await startWorkers() : () => {};
  let stopping: Promise<void> | undefined;
  return () =>
    (stopping ??= (async () => {
      stopTimers();
      // The queue's workers finish the jobs they hold (up to the grace period), then its pool closes.
      await stopJobQueue({ graceMs: JOBS_GRACE_MS });
      await stopListening();
      await disconnectDatabase();
    })());
}
