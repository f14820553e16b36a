// The floor of a benchmark: a bare Node http server on FLOOR_PORT that reads each request's body and answers
// with precomputed bytes (FLOOR_BODY, with FLOOR_CONTENT_TYPE), so that a load measured against it shows what
// the machine itself costs (HTTP over loopback, the load generator) without any application.
import { readFileSync } from "node:fs";
import http from "node:http";

const body = Buffer.from(process.env.FLOOR_BODY ?? "{}");
const headers = {
  "Content-Type": process.env.FLOOR_CONTENT_TYPE ?? "application/json",
  "Content-Length": String(body.length),
  "Cache-Control": "no-store",
};
// FLOOR_ANSWERS_FILE (a load of several kinds): a JSON file of {"<kind>": {status, contentType, body (base64)}},
// chosen by the request's X-Bench-Kind header; other requests get FLOOR_BODY. An answer's contentEncoding, when
// given, is sent as its Content-Encoding (a page's compressed bytes, as the application sent them).
const answersFile = process.env.FLOOR_ANSWERS_FILE;
const answers = new Map(
  Object.entries(answersFile ? JSON.parse(readFileSync(answersFile, "utf8")) : {}).map(([kind, answer]) => {
    const bytes = Buffer.from(answer.body, "base64");
    return [
      kind,
      {
        status: answer.status,
        bytes,
        headers: {
          "Content-Type": answer.contentType,
          "Content-Length": String(bytes.length),
          "Cache-Control": "no-store",
          ...(answer.contentEncoding ? { "Content-Encoding": answer.contentEncoding } : {}),
        },
      },
    ];
  }),
);
const server = http.createServer((request, response) => {
  request.on("data", () => {});
  request.on("end", () => {
    const answer = answers.get(request.headers["x-bench-kind"]);
    response.writeHead(answer?.status ?? 200, answer?.headers ?? headers);
    response.end(answer?.bytes ?? body);
  });
});
server.listen(Number(process.env.FLOOR_PORT), "127.0.0.1", () => process.send?.("listening"));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
