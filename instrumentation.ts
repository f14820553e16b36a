// Runs once when a server process starts: it listens for cache changes announced by the other processes,
// and the background workers live in the server itself.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || !process.env.APP_DATABASE_URL) return;
  const { listenForCacheChanges } = await import("@/lib/db");
  await listenForCacheChanges();
  if (process.env.DISABLE_WORKERS === "1") return;
  const { startWorkers } = await import("@/lib/workers/start-workers");
  await startWorkers();
}
