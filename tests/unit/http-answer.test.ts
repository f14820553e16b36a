// The benchmarks' and the plain-HTTP browser's one way of reading an answer: every byte of a body sent in
// pieces, the status and headers as the server gave them, the request's own body delivered, and an idle
// server given up on after the timeout.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { httpAnswer } from "@/scripts/lib/http-answer";

let server: http.Server;
let port: number;
const received: { host?: string; body: string }[] = [];

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ host: request.headers.host, body: Buffer.concat(chunks).toString("utf8") });
      if (request.url === "/idle") return; // never answers
      response.writeHead(206, { "content-type": "application/octet-stream", "x-answer": "yes" });
      // Bytes that are no valid UTF-8, in three writes.
      response.write(Buffer.from([0xff, 0x00]));
      response.write(Buffer.from([0xfe]));
      response.end(Buffer.from("é"));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

it("reads the whole body as bytes, with the status, the headers and the site named by the Host header", async () => {
  const answer = await httpAnswer({ port, method: "POST", path: "/", headers: { host: "ke.localhost:3000" } }, "a=1");
  expect(answer.status).toBe(206);
  expect(answer.headers["x-answer"]).toBe("yes");
  expect([...answer.body]).toEqual([0xff, 0x00, 0xfe, ...Buffer.from("é")]);
  expect(received.at(-1)).toEqual({ host: "ke.localhost:3000", body: "a=1" });
});

it("fails when the server stays silent longer than the timeout", async () => {
  await expect(httpAnswer({ port, path: "/idle", timeout: 200 })).rejects.toThrow("timeout");
});
