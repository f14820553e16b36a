// Item 10 of the security hardening: every server-action form posted as a plain HTML form (scripts off,
// progressive enhancement) answers with a page within 5 s, and the server is idle afterwards.
// The pages are crawled from each persona's start page, so a new form is covered without listing it here.
// This file runs last (its name): it submits every form as rendered, deletions and sign-out included.
import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";
import { E2E_PORT } from "../../playwright.config";
import { DEMO_PASSWORD, siteUrl } from "./helpers";

const ANSWER_WITHIN_MS = 5_000;
const PAGES_PER_PERSONA = 40;

/** The production server's processes for this run's port (scripts/serve.mjs and its workers). */
function serverProcesses(): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, "utf8");
      if (!cmdline.includes("scripts/serve.mjs")) continue;
      if (readFileSync(`/proc/${entry}/environ`, "utf8").split("\0").includes(`PORT=${E2E_PORT}`))
        pids.push(Number(entry));
    } catch {
      // the process ended meanwhile
    }
  }
  return pids;
}

/** CPU time (user + system, in clock ticks of 10 ms) the processes used so far. */
function cpuTicks(pids: number[]): number {
  let total = 0;
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
      total += Number(fields[11]) + Number(fields[12]);
    } catch {
      // ended
    }
  }
  return total;
}

/** The share of one core the server used over `ms`. */
async function serverCpuShare(ms: number): Promise<number> {
  const pids = serverProcesses();
  expect(pids.length).toBeGreaterThan(0);
  const before = cpuTicks(pids);
  await new Promise((resolve) => setTimeout(resolve, ms));
  return ((cpuTicks(pids) - before) * 10) / ms;
}

/** A path with its identifiers replaced, so that one page of each kind is posted. */
const pattern = (path: string) =>
  path
    .replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ":id")
    .replace(/(\/administrations\/)[a-z]{2}\b/, "$1:code")
    .replace(/\?.*$/, "");

interface Persona {
  name: string;
  subdomain?: string;
  username?: string;
  start: string[];
}

const PERSONAS: Persona[] = [
  {
    name: "visitor",
    start: [
      "/sign-in",
      "/register",
      "/forgot-password",
      "/reset-password?token=x",
      "/register/confirm?token=x",
      "/verify",
    ],
  },
  { name: "Academy visitor", subdomain: "academy", start: ["/register", "/seats/accept?token=x"] },
  {
    name: "Kenyan learner",
    subdomain: "ke",
    username: "ke.learner",
    start: ["/dashboard", "/profile", "/record-of-learning", "/my-learning"],
  },
  {
    name: "Kenyan coordinator",
    subdomain: "ke",
    username: "ke.coordinator",
    start: ["/dashboard", "/team", "/author/signatory", "/author/courses"],
  },
  {
    name: "WCO admin",
    username: "wco.admin",
    start: [
      "/dashboard",
      "/admin",
      "/admin/settings",
      "/admin/store",
      "/admin/users",
      "/admin/approvers",
      "/author/courses",
      "/author/news",
    ],
  },
];

async function signInWithoutJavaScript(page: Page, persona: Persona) {
  await page.goto(siteUrl(persona.subdomain, "/sign-in"));
  await page.getByLabel(/Username or e-mail/).fill(persona.username!);
  await page.getByLabel(/^Password/).fill(DEMO_PASSWORD);
  await page.locator("main form").getByRole("button", { name: "Sign in" }).click();
  expect((await page.context().cookies()).some((c) => c.name === "clikc.session")).toBe(true);
}

/** Same-site links of the page worth following (no downloads, no API). */
async function linksOf(page: Page, origin: string): Promise<string[]> {
  const hrefs = await page
    .locator("main a[href], nav a[href]")
    .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
  return hrefs
    .map((href) => new URL(href))
    .filter(
      (url) =>
        url.origin === origin &&
        !url.pathname.startsWith("/api/") &&
        !/export|\.pdf$|\/dev\/mailbox/.test(url.pathname),
    )
    .map((url) => `${url.pathname}${url.search}`);
}

// The forms of the page itself; the header's sign-out form is posted once, at the end.
const actionForms = (page: Page) => page.locator("main form:has(input[name^='$ACTION_'])");
const signOutForm = (page: Page) => page.locator("header form:has(input[name^='$ACTION_'])");

/** Submits the form as a browser without JavaScript does (its first submit button), and measures how long the answer takes. */
async function postForm(form: Locator): Promise<{ status: number; ms: number; html: boolean }> {
  const page = form.page();
  const started = Date.now();
  try {
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST", { timeout: ANSWER_WITHIN_MS }),
      // The browser's own validation would stop an empty required field: the server must cope with anything.
      // Forms in closed menus are submitted the same way, with their button.
      form.evaluate((element) => {
        const f = element as HTMLFormElement;
        f.noValidate = true;
        f.requestSubmit(
          f.querySelector<HTMLButtonElement>("button[type=submit], button:not([type]), input[type=submit]"),
        );
      }),
    ]);
    // A page, or a redirect to one (signing out answers 303 to the home page); a redirect has no body to read.
    const redirect = response.status() >= 300 && response.status() < 400 && Boolean(response.headers().location);
    const html = redirect || /^<!DOCTYPE html>/i.test(await response.text());
    return { status: response.status(), ms: Date.now() - started, html };
  } catch {
    return { status: 0, ms: Date.now() - started, html: false };
  }
}

async function postEveryForm(
  browser: Browser,
  persona: Persona,
  posted: Map<string, { status: number; ms: number; html: boolean }>,
) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  page.on("dialog", (dialog) => dialog.accept());
  if (persona.username) await signInWithoutJavaScript(page, persona);
  const origin = new URL(siteUrl(persona.subdomain)).origin;
  const queue = [...persona.start];
  const seen = new Set<string>();
  while (queue.length && seen.size < PAGES_PER_PERSONA) {
    const path = queue.shift()!;
    if (seen.has(pattern(path))) continue;
    seen.add(pattern(path));
    const response = await page.goto(`${origin}${path}`);
    if (!response || response.status() >= 400 || (new URL(page.url()).pathname === "/sign-in" && path !== "/sign-in"))
      continue;
    queue.push(...(await linksOf(page, origin)));
    const count = await actionForms(page).count();
    for (let i = 0; i < count; i++) {
      // A form posted before may have removed one (a deletion): the page is counted again each time.
      if (i >= (await actionForms(page).count())) break;
      const form = actionForms(page).nth(i);
      const label = `${persona.name} ${pattern(path)} #${i} (${((await form.locator("button").first().textContent()) ?? "").trim()})`;
      const result = await postForm(actionForms(page).nth(i));
      console.log(`${result.status} ${result.ms} ms ${label}`);
      posted.set(label, result);
      await page.goto(`${origin}${path}`);
    }
  }
  // Signing out ends the crawl of this persona.
  if (persona.username) {
    await page.goto(`${origin}${persona.start[0]}`);
    posted.set(`${persona.name} sign out`, await postForm(signOutForm(page).first()));
  }
  await context.close();
}

test("item 10: every server-action form posted without JavaScript answers with a page within 5 s, and the server is idle afterwards", async ({
  browser,
}) => {
  test.setTimeout(600_000);
  const posted = new Map<string, { status: number; ms: number; html: boolean }>();
  for (const persona of PERSONAS) await postEveryForm(browser, persona, posted);
  // The forms of every kind were found: sign-in, registration, profile, authoring, quiz, console, team.
  expect(posted.size).toBeGreaterThan(25);
  for (const [label, result] of posted) {
    expect.soft(result.status, label).toBeLessThan(500);
    expect.soft(result.ms, label).toBeLessThan(ANSWER_WITHIN_MS);
    expect.soft(result.html, label).toBe(true);
  }
  // Nothing keeps rendering once the answers are out.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  expect(await serverCpuShare(3_000)).toBeLessThan(0.2);
});
