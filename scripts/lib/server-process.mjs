// One server process of scripts/serve.mjs around its request handler: request ids, logs and metrics
// (observability.mjs), the readiness check and the drain on SIGTERM (server-lifecycle.mjs), the 503 page while the
// database is down (database-gate.mjs), on `port`.
import http from "node:http";
import { answerMetrics, createLogger, observeRequests, routeConsoleTo } from "./observability.mjs";
import { databaseGate } from "./database-gate.mjs";
import { serverLifecycle } from "./server-lifecycle.mjs";

/**
 * @param {{ port: number, host?: string, handle: (request: http.IncomingMessage, response: http.ServerResponse) => void,
 *   checkDatabase: () => Promise<boolean>, stop: () => Promise<void>, graceMs?: number }} options
 */
export function serveProcess({ port, host, handle, checkDatabase, stop, graceMs }) {
  const logger = createLogger();
  routeConsoleTo(logger);
  const observe = observeRequests(logger);
  const log = (event) => logger.info(event);
  const gate = databaseGate({ checkDatabase, log });
  const lifecycle = serverLifecycle({ checkDatabase, stop: () => (gate.stop(), stop()), log, graceMs });
  const server = http.createServer((request, response) => {
    if (lifecycle.handle(request, response) || answerMetrics(request, response)) return;
    observe(request, response, () => {
      if (gate.handle(request, response)) return;
      response.once("finish", () => response.statusCode >= 500 && gate.noticeFailure());
      handle(request, response);
    });
  });
  // Next keeps a process alive after an uncaught exception: a port that cannot be taken must end it.
  server.once("error", (error) => {
    logger.error({ event: "listen-failed", port, error: error.message });
    process.exit(1);
  });
  server.listen(port, host, () => logger.info({ event: "listening", port: server.address().port }));
  lifecycle.closeOnSignal(server);
  return server;
}
