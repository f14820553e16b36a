// A learner's device for the offline journeys (ADR 0049, 0051): a browser profile of its own and a connection the test
// can cut.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createServer, request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { chromium, test } from "@playwright/test";

/**
 * A learner's device: a browser profile of its own that keeps site data in frames of other sites (on localhost each
 * subdomain is a site of its own, so the content origin's frame is cross-site here, while in production
 * content.<domain> is the same site as the platform's; the test runner's own contexts block a cross-site frame's
 * storage), reaching the server through a proxy that the test cuts: the emulated offline mode lets a closing page's
 * beacon through, a lost connection does not.
 */
export async function learnerDevice() {
  let online = true;
  const proxy = createServer((request, response) => {
    if (!online) return request.socket.destroy();
    const target = new URL(request.url ?? "/");
    const upstream = httpRequest(
      {
        host: "127.0.0.1",
        port: target.port,
        method: request.method,
        path: target.pathname + target.search,
        headers: request.headers,
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on("error", () => response.destroy());
    request.pipe(upstream);
  });
  await new Promise<void>((listening) => proxy.listen(0, "127.0.0.1", listening));
  const profile = mkdtempSync(path.join(tmpdir(), "clikc-device-"));
  mkdirSync(path.join(profile, "Default"));
  writeFileSync(path.join(profile, "Default", "Preferences"), JSON.stringify({ profile: { cookie_controls_mode: 0 } }));
  const context = await chromium.launchPersistentContext(profile, {
    ...test.info().project.use.launchOptions,
    proxy: { server: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}` },
  });
  return {
    context,
    async connection(on: boolean) {
      online = on;
      await context.setOffline(!on);
    },
    async close() {
      await context.close();
      proxy.close();
    },
  };
}
