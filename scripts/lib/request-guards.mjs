// Guards the production server puts around every request before Next.js sees it (scripts/serve.mjs).
//
// - A malformed address (lib/tenancy/malformed-url.mjs) is answered 400: here rather than in the proxy, which
//   API routes skip because running it costs about a third of a small API request's time (docs/performance.md).
// - The client's socket address goes to the application in SOCKET_ADDRESS_HEADER, overwriting whatever the
//   client sent: X-Forwarded-For is the client's own word unless a trusted proxy wrote it.
// - A request body is read only up to its limit: a larger Content-Length is refused before reading, and a body
//   without one (chunked) is refused at the byte that crosses the limit, with 413 either way.
// - A page must be rendered within RENDER_DEADLINE_SECONDS of its request: past that the client gets 503 and
//   `onDeadline` is called, so that the server process, possibly still busy with that render, is replaced.

import { isMalformedUrl } from "../../lib/tenancy/malformed-url.mjs";

export const SOCKET_ADDRESS_HEADER = "x-clikc-socket-address";

const MIB = 1024 * 1024;
// Server actions and every upload but the SCORM package (photos, logos, signatures: at most 1 MiB each).
const DEFAULT_BODY_LIMIT = 2 * MIB;
const SCORM_UPLOAD = /^\/api\/author\/courses\/[^/]+\/modules\/[^/]+\/scorm\/?$/;
// A module's video and resource files (lib/modules/content-limits.ts has the same defaults).
const VIDEO_UPLOAD = /^\/api\/author\/courses\/[^/]+\/modules\/[^/]+\/video\/?$/;
const RESOURCE_UPLOAD = /^\/api\/author\/courses\/[^/]+\/modules\/[^/]+\/resource\/?$/;
// The information point's documents: a new document or a new version (the resource limit).
const INFO_POINT_UPLOAD = /^\/api\/information-point\/documents(\/[^/]+\/versions)?\/?$/;
// A discussion post with files: a new thread or a reply, three files of 10 MiB and its texts (POST_WITH_FILES_MAX_BYTES
// of lib/discussions/schemas.ts, the same limit).
const DISCUSSION_POST_UPLOAD = /^\/api\/discussions\/[^/]+\/threads(\/[^/]+\/replies)?\/?$/;
// A course's image (lib/authoring/course-input.ts has the same limit).
const COURSE_IMAGE_UPLOAD = /^\/api\/author\/courses\/[^/]+\/image\/?$/;

/** The largest body accepted for a path: an upload's limit (plus the multipart envelope), or 2 MiB. */
export function bodyLimit(pathname) {
  if (SCORM_UPLOAD.test(pathname)) return Number(process.env.SCORM_MAX_PACKAGE_MB ?? 200) * MIB + 64 * 1024;
  if (VIDEO_UPLOAD.test(pathname)) return Number(process.env.VIDEO_MAX_MB ?? 200) * MIB + 64 * 1024;
  if (RESOURCE_UPLOAD.test(pathname) || INFO_POINT_UPLOAD.test(pathname))
    return Number(process.env.RESOURCE_MAX_MB ?? 50) * MIB + 64 * 1024;
  if (DISCUSSION_POST_UPLOAD.test(pathname)) return 3 * 10 * MIB + 256 * 1024;
  if (COURSE_IMAGE_UPLOAD.test(pathname)) return 5 * MIB + 64 * 1024;
  return DEFAULT_BODY_LIMIT;
}

/**
 * Pages are rendered by React; API routes, Next's assets and everything the content origin serves (SCORM files,
 * the player, the runtime's commits: route handlers, no React) are not held to the deadline. A commit slowed
 * down by a busy database is not a stuck render, and replacing the process for it would fail every request
 * it was serving.
 */
function isPageRender(pathname, host) {
  return !pathname.startsWith("/api/") && !pathname.startsWith("/_next/") && !/^content\./i.test(host ?? "");
}

function renderDeadlineMs() {
  return Math.max(1, Number(process.env.RENDER_DEADLINE_SECONDS) || 10) * 1000;
}

/** Answers with a plain status page and keeps Next.js from writing to the response after us. */
function answerInstead(response, status, text) {
  if (!response.headersSent) {
    response.writeHead(status, {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "no-store",
      Connection: "close",
    });
    response.end(text);
  } else {
    response.destroy();
  }
  for (const method of [
    "writeHead",
    "setHeader",
    "appendHeader",
    "removeHeader",
    "flushHeaders",
    "write",
    "end",
    "writeContinue",
    "writeEarlyHints",
  ]) {
    response[method] = function () {
      return method === "write" ? true : this;
    };
  }
}

/**
 * Applies the guards to one request. Returns false when the request was answered here (Next.js must not
 * handle it), true when Next.js should.
 */
export function guardRequest(request, response, { onDeadline } = {}) {
  if (isMalformedUrl(request.url ?? "/")) {
    answerInstead(response, 400, "Bad Request");
    return false;
  }
  request.headers[SOCKET_ADDRESS_HEADER] = request.socket.remoteAddress ?? "unknown";
  const pathname = (request.url ?? "/").split("?")[0];
  const limit = bodyLimit(pathname);

  const declared = request.headers["content-length"];
  if (declared !== undefined && Number(declared) > limit) {
    answerInstead(response, 413, "Payload Too Large");
    return false;
  }
  const hasBody = declared !== undefined ? Number(declared) > 0 : request.headers["transfer-encoding"] !== undefined;

  let deadline;
  const startDeadline = () => {
    if (deadline || !isPageRender(pathname, request.headers.host) || response.writableFinished) return;
    deadline = setTimeout(() => {
      if (response.writableFinished) return;
      answerInstead(response, 503, "Service Unavailable");
      onDeadline?.(pathname);
    }, renderDeadlineMs());
    deadline.unref();
  };
  response.once("close", () => clearTimeout(deadline));

  if (hasBody) {
    // Node's HTTP parser hands each piece of the body to request.push(); counting there needs no buffering
    // and leaves the stream to Next.js as it is. The render deadline starts once the whole body is in.
    let received = 0;
    let refused = false;
    const push = request.push;
    request.push = function (chunk, encoding) {
      if (refused) return false;
      if (chunk === null) {
        startDeadline();
        return push.call(this, chunk, encoding);
      }
      received += chunk.length;
      if (received > limit) {
        refused = true;
        request.socket.pause();
        answerInstead(response, 413, "Payload Too Large");
        // Whatever is still waiting for the body (Next.js) gets an error instead of a truncated body, a moment
        // after the answer left: closing at once resets the connection before the client reads its 413.
        response.once("finish", () =>
          setTimeout(() => request.destroy(new Error("Request body over the limit")), 1_000).unref(),
        );
        return false;
      }
      return push.call(this, chunk, encoding);
    };
  } else {
    startDeadline();
  }
  return true;
}
