// Runs once when a server process starts: it listens for cache changes announced by the other processes,
// and the background workers live in the server itself. The production server stops them when it drains
// (scripts/serve.mjs calls the function left on globalThis, ADR 0035).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || !process.env.APP_DATABASE_URL) return;
  const { startServerProcess } = await import("@/lib/workers/server-process");
  const stop = await startServerProcess({ workers: process.env.DISABLE_WORKERS !== "1" });
  (globalThis as { __clikcStopServerProcess?: () => Promise<void> }).__clikcStopServerProcess = stop;
}
