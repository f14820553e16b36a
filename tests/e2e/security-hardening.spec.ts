// What an outside probe of the running platform found, item by item (items 2, 3, 6, 8 and 9 are proven by the
// integration tests of their use cases; item 10 by zz-forms-without-javascript.spec.ts).
import { expect, test, type Page } from "@playwright/test";
import http from "node:http";
import { readdirSync, readFileSync } from "node:fs";
import { E2E_PORT } from "../../playwright.config";
import { signIn, siteUrl } from "./helpers";

/** Resident memory (bytes) of this run's server processes. */
function serverMemory(): number {
  let total = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (!readFileSync(`/proc/${entry}/cmdline`, "utf8").includes("scripts/serve.mjs")) continue;
      if (!readFileSync(`/proc/${entry}/environ`, "utf8").split("\0").includes(`PORT=${E2E_PORT}`)) continue;
      total += Number(readFileSync(`/proc/${entry}/statm`, "utf8").split(" ")[1]) * 4096;
    } catch {
      // ended meanwhile
    }
  }
  return total;
}

/** A GET from Node to any site of the platform (Node does not resolve *.localhost as browsers do). */
function get(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders }> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    http
      .get(
        {
          host: "127.0.0.1",
          port: target.port,
          path: `${target.pathname}${target.search}`,
          headers: { Host: target.host, ...headers },
        },
        (response) => {
          response.resume();
          resolve({ status: response.statusCode ?? 0, headers: response.headers });
        },
      )
      .on("error", reject);
  });
}

/** CSP violations Chromium reports on the page's console. */
function cspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply|frame)/i.test(message.text()))
      violations.push(message.text());
  });
  return violations;
}

test("item 1: a return path that the browser reads as another origin is refused everywhere", async ({
  page,
  request,
}) => {
  for (const returnTo of ["/\t/evil.example", "/\n/evil.example", "/\r/evil.example"]) {
    const answer = await request.post(siteUrl(undefined, "/api/preferences/language"), {
      form: { locale: "en", returnTo },
      headers: { Origin: new URL(siteUrl()).origin },
      maxRedirects: 0,
    });
    expect(answer.status()).toBe(303);
    expect(answer.headers().location).toBe("/");
  }
  await page.goto(siteUrl("academy", "/register?returnTo=/%09/evil.example"));
  for (const href of await page
    .locator("main a")
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href)))
    expect(new URL(href).hostname).not.toBe("evil.example");
  await page.goto(siteUrl(undefined, "/sign-in?returnTo=/%09/evil.example"));
  await expect(page.locator("main input[name=returnTo]")).toHaveValue("/dashboard");
  await signIn(page, undefined, "in.learner");
  await expect(page).toHaveURL(siteUrl(undefined, "/dashboard"));
});

test("item 4: malformed input answers 400, never 500", async ({ page }) => {
  await signIn(page, "ke", "ke.coordinator");
  await expect(page).toHaveURL(siteUrl("ke", "/dashboard"));
  const cookies = (await page.context().cookies(siteUrl("ke"))).map((c) => `${c.name}=${c.value}`).join("; ");
  const urls = [
    siteUrl(undefined, "/find-learning?q=%00"),
    siteUrl(undefined, "/api/catalogue?q=%00"),
    siteUrl("ke", "/team?q=%00"),
    siteUrl("ke", "/team/reports/users?q=%00"),
    siteUrl("ke", "/team/reports/courses?course=%00"),
    siteUrl(undefined, "/verify/%ED%A0%80"),
    siteUrl("content", "/files/token/%E0%A4%A"),
  ];
  for (const url of urls) {
    expect((await get(url, { Cookie: cookies })).status, url).toBe(400);
  }
  // A NUL byte as the identifier is a wrong sign-in, with the form's own message.
  await page.context().clearCookies();
  await signIn(page, undefined, "\u0000");
  await expect(page.locator("main").getByRole("alert")).toHaveText("Invalid username, e-mail or password.");
});

test("item 5: every page has a strict nonce policy, and the pages, the branding and the store run under it without a violation", async ({
  page,
}) => {
  for (const url of [siteUrl(), siteUrl("ke"), siteUrl("academy"), siteUrl(undefined, "/sign-in")]) {
    const { headers } = await get(url);
    const policy = String(headers["content-security-policy"]);
    expect(policy, url).toMatch(/script-src 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).toContain("frame-ancestors 'self'");
    expect(headers["permissions-policy"]).toContain("camera=()");
    // Served over plain HTTP here: no HSTS (it would pin the test host to HTTPS).
    expect(headers["strict-transport-security"]).toBeUndefined();
  }
  const nonces = await Promise.all([1, 2].map(async () => (await get(siteUrl())).headers["content-security-policy"]));
  expect(nonces[0]).not.toBe(nonces[1]);

  const violations = cspViolations(page);
  // The Kenyan space in its colours, signed in, with the menus (client components) working.
  await signIn(page, "ke", "ke.learner");
  await expect(page).toHaveURL(siteUrl("ke", "/dashboard"));
  await page.getByLabel("Change language").click();
  await expect(page.getByRole("button", { name: "English" })).toBeVisible();
  await page.goto(siteUrl("ke", "/find-learning?q=customs"));
  await expect(page.getByTestId("course-card").first()).toBeVisible();
  await page.goto(siteUrl("academy"));
  await expect(page.locator("main")).toBeVisible();
  expect(violations).toEqual([]);
});

/** Posts a chunked body (no Content-Length) and resolves with the status as soon as it comes. */
function postChunked(
  url: string,
  total: number,
  headers: Record<string, string>,
): Promise<{ status: number; sent: number }> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const target = new URL(url);
    const req = http.request(
      {
        host: "127.0.0.1",
        port: target.port,
        path: target.pathname,
        method: "POST",
        headers: { Host: target.host, ...headers },
      },
      (response) => {
        answered = true;
        response.resume();
        resolve({ status: response.statusCode ?? 0, sent });
      },
    );
    req.on("error", (error) => (answered ? undefined : reject(error)));
    const chunk = Buffer.alloc(256 * 1024, 7);
    const write = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", write);
      }
      if (!answered) req.end();
    };
    write();
  });
}

test("item 7: a body over the limit is refused at the limit, chunked or not, uploads and server actions alike", async ({
  page,
}) => {
  await signIn(page, undefined, "wco.admin");
  await expect(page).toHaveURL(siteUrl(undefined, "/dashboard"));
  const cookie = (await page.context().cookies(siteUrl())).map((c) => `${c.name}=${c.value}`).join("; ");
  const origin = new URL(siteUrl()).origin;
  // A 3 MB server-action body (the limit is 2 MiB) is 413, not 500.
  const action = await page.request.post(siteUrl(undefined, "/profile"), {
    headers: { Origin: origin, "Next-Action": "0".repeat(42), "Content-Type": "text/plain;charset=UTF-8" },
    data: "x".repeat(3 * 1024 * 1024),
  });
  expect(action.status()).toBe(413);
  // 210 MiB without Content-Length to the SCORM upload (limit 200 MiB): refused at the limit, before it is all sent.
  const before = serverMemory();
  const upload = await postChunked(siteUrl(undefined, "/api/author/courses/x/modules/y/scorm"), 210 * 1024 * 1024, {
    Cookie: cookie,
    Origin: origin,
    "Content-Type": "multipart/form-data; boundary=----x",
    "Transfer-Encoding": "chunked",
  });
  const after = serverMemory();
  console.log(
    `SCORM upload of 210 MiB, chunked: ${upload.status} after ${(upload.sent / 1024 / 1024).toFixed(0)} MiB sent; server memory ${(before / 1e6).toFixed(0)} MB -> ${(after / 1e6).toFixed(0)} MB`,
  );
  expect(upload.status).toBe(413);
  // Refused before the end: what was sent is the limit plus what the sockets' buffers held meanwhile.
  expect(upload.sent).toBeLessThan(210 * 1024 * 1024);
  // The route holds at most the limit (a 200 MiB package is read to be unpacked), not all that was sent.
  expect(after - before).toBeLessThan(450 * 1024 * 1024);
  // A chunked server action of 20 MiB stops at 2 MiB.
  const chunkedAction = await postChunked(siteUrl(undefined, "/profile"), 20 * 1024 * 1024, {
    Cookie: cookie,
    Origin: origin,
    "Next-Action": "0".repeat(42),
    "Transfer-Encoding": "chunked",
  });
  expect(chunkedAction.status).toBe(413);
  expect(chunkedAction.sent).toBeLessThan(20 * 1024 * 1024);
});
