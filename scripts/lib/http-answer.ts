// One request to a local server (127.0.0.1 at `port`, the site named by the Host header) and its whole
// answer: status, headers and the body's bytes. Shared by the benchmarks and the tests' plain-HTTP browser.
import http from "node:http";

export interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** Sends the request with `body` (if any); a `timeout` in the options fails it when the socket goes idle that long. */
export function httpAnswer(
  options: http.RequestOptions & { port: number },
  body?: Buffer | string,
): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", ...options }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on("error", reject);
    });
    request.on("timeout", () => request.destroy(new Error("timeout")));
    request.on("error", reject);
    request.end(body);
  });
}
