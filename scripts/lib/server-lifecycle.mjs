// A server process's life as a load balancer sees it (scripts/serve.mjs, ADR 0035).
//
// - `/api/ready` is the readiness check: 200 while the process serves and its database answers, 503 while it
//   drains or has no database. `/api/health` stays the liveness check, answered by the application.
// - On SIGTERM the process drains: readiness answers 503 at once, responses close their connections, and after
//   SHUTDOWN_DRAIN_MS (time for the load balancer to see it, 0 by default) the server stops accepting. Requests
//   in flight finish within SHUTDOWN_GRACE_MS; then `stop` closes what the process holds (job workers, the cache
//   listener, its pools) and the process exits 0. Past the grace period the remaining connections are cut.

export const READY_PATH = "/api/ready";

function numberFrom(value, fallback) {
  const number = Number(value);
  return Number.isFinite(number) && number >= 0 ? number : fallback;
}

/**
 * @param {{ checkDatabase: () => Promise<boolean>, stop: () => Promise<void>, log?: (event: object) => void,
 *   drainMs?: number, graceMs?: number }} options
 */
export function serverLifecycle({ checkDatabase, stop, log = () => {}, drainMs, graceMs }) {
  const drain = drainMs ?? numberFrom(process.env.SHUTDOWN_DRAIN_MS, 0);
  const grace = graceMs ?? numberFrom(process.env.SHUTDOWN_GRACE_MS, 10_000);
  let draining = false;

  const answer = (response, status, body) => {
    response.writeHead(status, { "Content-Type": "application/json", "Cache-Control": "no-store" });
    response.end(JSON.stringify(body));
  };

  return {
    get draining() {
      return draining;
    },

    /** Answers the readiness check, or marks a response of a draining process to close its connection. */
    handle(request, response) {
      if (draining) response.shouldKeepAlive = false;
      if ((request.url ?? "").split("?")[0] !== READY_PATH) return false;
      if (draining) answer(response, 503, { status: "draining" });
      else
        void checkDatabase()
          .catch(() => false)
          .then((db) =>
            draining
              ? answer(response, 503, { status: "draining" })
              : answer(
                  response,
                  db ? 200 : 503,
                  db ? { status: "ready" } : { status: "unavailable", db: "unreachable" },
                ),
          );
      return true;
    },

    /** Drains `server` on SIGTERM, then stops and exits. */
    closeOnSignal(server, signal = "SIGTERM") {
      process.once(signal, () => {
        draining = true;
        const started = Date.now();
        log({ event: "draining", drainMs: drain, graceMs: grace });
        let finished = false;
        const finish = async (forced) => {
          if (finished) return;
          finished = true;
          try {
            await stop();
          } catch (error) {
            log({ event: "stop-failed", error: String(error) });
          }
          log({ event: "stopped", forced, ms: Date.now() - started });
          process.exit(0);
        };
        setTimeout(() => {
          server.close(() => void finish(false));
          server.closeIdleConnections();
        }, drain).unref();
        setTimeout(() => {
          server.closeAllConnections();
          void finish(true);
        }, drain + grace).unref();
        setTimeout(() => process.exit(0), drain + grace + 5_000).unref(); // a stop that hangs on a dead database
      });
    },
  };
}
