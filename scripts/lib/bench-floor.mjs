// The floor of a benchmark: a bare Node http server on FLOOR_PORT that reads each request's body and answers
// with precomputed bytes (FLOOR_BODY, with FLOOR_CONTENT_TYPE), so that a load measured against it shows what
// the machine itself costs (HTTP over loopback, the load generator) without any application.
import http from "node:http";

const body = Buffer.from(process.env.FLOOR_BODY ?? "{}");
const headers = {
  "Content-Type": process.env.FLOOR_CONTENT_TYPE ?? "application/json",
  "Content-Length": String(body.length),
  "Cache-Control": "no-store",
};
const server = http.createServer((request, response) => {
  request.on("data", () => {});
  request.on("end", () => {
    response.writeHead(200, headers);
    response.end(body);
  });
});
server.listen(Number(process.env.FLOOR_PORT), "127.0.0.1", () => process.send?.("listening"));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
