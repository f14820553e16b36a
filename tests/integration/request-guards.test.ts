// The guards of the production server (scripts/lib/request-guards.mjs), on a real HTTP server and socket.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { POST_WITH_FILES_MAX_BYTES } from "@/lib/discussions/schemas";
import { bodyLimit, guardRequest, SOCKET_ADDRESS_HEADER } from "../../scripts/lib/request-guards.mjs";

interface Seen {
  headers?: http.IncomingHttpHeaders;
  bytesRead: number;
  bodyError?: Error;
}

/** A server whose application reads the whole body, then answers (or never answers, for the deadline). */
async function serve(options: { answer?: boolean; onDeadline?: (path: string) => void } = {}) {
  const seen: Seen = { bytesRead: 0 };
  const server = http.createServer((request, response) => {
    if (!guardRequest(request, response, { onDeadline: options.onDeadline })) return;
    seen.headers = request.headers;
    request.on("data", (chunk: Buffer) => (seen.bytesRead += chunk.length));
    request.on("error", (error) => (seen.bodyError = error));
    request.on("end", () => {
      if (options.answer !== false) response.end("read");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return { seen, port, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** Sends a chunked body (no Content-Length) of `total` bytes, and resolves with the status as soon as it comes. */
function sendChunked(
  port: number,
  path: string,
  total: number,
  headers: Record<string, string> = {},
): Promise<{ status: number; sent: number }> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const request = http.request(
      {
        host: "127.0.0.1",
        port,
        path,
        method: "POST",
        headers: { "Content-Type": "application/octet-stream", ...headers },
      },
      (response) => {
        answered = true;
        response.resume();
        resolve({ status: response.statusCode ?? 0, sent });
      },
    );
    request.on("error", (error) => (answered ? undefined : reject(error)));
    const chunk = Buffer.alloc(64 * 1024, 1);
    const write = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!request.write(chunk)) return void request.once("drain", write);
      }
      if (!answered) request.end();
    };
    write();
  });
}

describe("request guards", () => {
  it("item 3: hands the application the socket address, whatever the client sent in its place", async () => {
    const app = await serve();
    try {
      const response = await fetch(`http://127.0.0.1:${app.port}/sign-in`, {
        headers: { [SOCKET_ADDRESS_HEADER]: "203.0.113.66", "X-Forwarded-For": "203.0.113.77" },
      });
      expect(await response.text()).toBe("read");
      expect(app.seen.headers?.[SOCKET_ADDRESS_HEADER]).toBe("127.0.0.1");
    } finally {
      await app.close();
    }
  });

  it("item 4: answers a malformed address 400 before the application sees it, on pages and API routes alike", async () => {
    const app = await serve();
    const statusOf = (path: string) =>
      new Promise<number>((resolve, reject) =>
        http
          .get({ host: "127.0.0.1", port: app.port, path }, (response) => {
            response.resume();
            resolve(response.statusCode ?? 0);
          })
          .on("error", reject),
      );
    try {
      for (const path of ["/api/catalogue?q=%00", "/find-learning?q=a%00b", "/verify/%ED%A0%80", "/_next/%E0%A4%A"])
        expect([path, await statusOf(path)]).toEqual([path, 400]);
      expect(app.seen.headers).toBeUndefined();
      expect(await statusOf("/api/catalogue?q=caf%C3%A9+douane")).toBe(200);
    } finally {
      await app.close();
    }
  });

  it("item 7: refuses a declared Content-Length over the limit with 413 before reading", async () => {
    const app = await serve();
    try {
      const body = Buffer.alloc(3 * 1024 * 1024, 1);
      const response = await fetch(`http://127.0.0.1:${app.port}/author/courses/x/quiz/y`, {
        method: "POST",
        body,
        headers: { "Next-Action": "x" },
      });
      expect(response.status).toBe(413);
      expect(app.seen.bytesRead).toBe(0);
    } finally {
      await app.close();
    }
  });

  it("gives the information point's document uploads the resource modules' limit, and its other forms 2 MiB", () => {
    const resource = bodyLimit("/api/author/courses/c/modules/m/resource");
    expect(bodyLimit("/api/information-point/documents")).toBe(resource);
    expect(bodyLimit("/api/information-point/documents/d/versions")).toBe(resource);
    expect(bodyLimit("/api/information-point/documents/d/title")).toBe(2 * 1024 * 1024);
  });

  it("gives a discussion post with files (a new thread or a reply) three files' limit, and its other forms 2 MiB", () => {
    expect(POST_WITH_FILES_MAX_BYTES).toBe(3 * 10 * 1024 * 1024 + 256 * 1024);
    expect(bodyLimit("/api/discussions/c/threads")).toBe(POST_WITH_FILES_MAX_BYTES);
    expect(bodyLimit("/api/discussions/c/threads/t/replies")).toBe(POST_WITH_FILES_MAX_BYTES);
    expect(bodyLimit("/api/discussions/c/threads/t/subscription")).toBe(2 * 1024 * 1024);
    expect(bodyLimit("/api/discussions/c/posts/p/delete")).toBe(2 * 1024 * 1024);
  });

  it("item 7: stops reading a chunked body at the limit, answers 413, and the application never gets the rest", async () => {
    const app = await serve();
    try {
      const limit = bodyLimit("/api/author/courses/c/modules/m/scorm");
      const before = process.memoryUsage().rss;
      // 210 MiB announced by nobody, sent to the SCORM upload (limit 200 MiB + envelope) and to a server action (2 MiB).
      const upload = await sendChunked(app.port, "/api/author/courses/c/modules/m/scorm", 210 * 1024 * 1024);
      expect(upload.status).toBe(413);
      expect(app.seen.bytesRead).toBeLessThanOrEqual(limit);
      app.seen.bytesRead = 0;
      const action = await sendChunked(app.port, "/author/courses/c/quiz/m", 20 * 1024 * 1024, { "Next-Action": "x" });
      expect(action.status).toBe(413);
      expect(app.seen.bytesRead).toBeLessThanOrEqual(2 * 1024 * 1024);
      expect(action.sent).toBeLessThan(20 * 1024 * 1024);
      // Nothing held the body: the process grew by far less than what was sent.
      expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
    } finally {
      await app.close();
    }
  });

  it("item 10: a page not rendered within the deadline gets 503 and the process is told to be replaced", async () => {
    process.env.RENDER_DEADLINE_SECONDS = "1";
    const late: string[] = [];
    const app = await serve({ answer: false, onDeadline: (path) => late.push(path) });
    try {
      const started = Date.now();
      const response = await fetch(`http://127.0.0.1:${app.port}/author/courses/c/quiz/m`);
      expect(response.status).toBe(503);
      expect(Date.now() - started).toBeLessThan(3_000);
      expect(late).toEqual(["/author/courses/c/quiz/m"]);
    } finally {
      delete process.env.RENDER_DEADLINE_SECONDS;
      await app.close();
    }
  });

  it("item 10: the content origin's answers (a SCORM commit waiting for the database) are no renders: no 503, no replacement", async () => {
    process.env.RENDER_DEADLINE_SECONDS = "1";
    const late: string[] = [];
    const app = await serve({ answer: false, onDeadline: (path) => late.push(path) });
    try {
      const status = await new Promise<number | "still waiting">((resolve, reject) => {
        const request = http.request(
          {
            host: "127.0.0.1",
            port: app.port,
            path: "/commit/token",
            method: "POST",
            headers: { host: "content.localhost:3000" },
          },
          (response) => resolve(response.statusCode ?? 0),
        );
        request.on("error", reject);
        request.end("{}");
        setTimeout(() => {
          resolve("still waiting");
          request.destroy();
        }, 2_500);
      });
      expect(status).toBe("still waiting");
      expect(late).toEqual([]);
    } finally {
      delete process.env.RENDER_DEADLINE_SECONDS;
      await app.close();
    }
  });
});
