// `npm run lighthouse`: Lighthouse's mobile preset (a mid-range phone on a slow 4G link, simulated) on four pages of
// the production build, served by scripts/serve.mjs on its own throw-away embedded database with the demo data:
// the sign-in page, the catalogue, a course page and a learner's dashboard, on the Belgian space. Drives Debian's
// Chromium (CHROMIUM_PATH). Prints each page's performance, accessibility and best-practices scores and exits 1
// when one is under its goal (performance 90, accessibility 95, best practices 95). Not part of `npm test`: it takes
// minutes, and performance varies with the machine's load: run it on a quiet machine. Under each page's scores it
// prints what cost the most (the largest contentful paint's element and time, the blocking time and the
// main-thread work, unused and render-blocking JavaScript and CSS, the bytes transferred): on a loaded machine
// compare those bytes and that work, not only the scores. `LIGHTHOUSE_REPORT_DIR=<dir>` keeps each page's full report
// (JSON) there. `LIGHTHOUSE_RUNS=<n>` counts n runs per page and keeps the one of median performance (Lighthouse's own
// advice: one run varies by several points); `LIGHTHOUSE_PAGES=catalogue,dashboard` audits only those pages.
import { chromium } from "@playwright/test";
import { execFile } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { createRequire } from "node:module";
import { promisify } from "node:util";
import type { Result } from "lighthouse";
import { startProductionServer, throwAwayDatabase, type ProductionServer } from "./lib/bench-server";
import { applicationUrl, prepareDatabase } from "./prepare-database";

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 3330);
const PG_PORT = Number(process.env.LIGHTHOUSE_PG_PORT ?? 5470);
const HOST = `localhost:${PORT}`;
const SITE = `http://be.${HOST}`;
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const APP_PASSWORD = "lighthouse";
const SECRET = "lighthouse-secret-0123456789abcdef0123";
const LEARNER = { username: "be.learner", password: "Customs-Demo-2026" };
const GOALS = { performance: 90, accessibility: 95, "best-practices": 95 } as const;
const CATEGORIES = Object.keys(GOALS) as Array<keyof typeof GOALS>;
const LIGHTHOUSE_CLI = createRequire(import.meta.url).resolve("lighthouse/cli/index.js");
const run = promisify(execFile);
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 1));
const ONLY = (process.env.LIGHTHOUSE_PAGES ?? "").split(",").filter(Boolean);
const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync"];

/** Signs the learner in with a real browser (the form is a server action) and returns the cookies and a course's address. */
async function signInAndFindCourse(): Promise<{ cookie: string; coursePath: string }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage();
    // A loaded machine answers slowly; these steps only prepare the audits.
    page.setDefaultTimeout(120_000);
    await page.goto(`${SITE}/find-learning`);
    const coursePath = await page
      .locator("[data-testid=course-card] a[href^='/courses/']")
      .first()
      .getAttribute("href");
    if (!coursePath) throw new Error("The catalogue shows no course.");
    await page.goto(`${SITE}/sign-in`);
    await page.getByLabel(/Username or e-mail/).fill(LEARNER.username);
    await page.getByLabel(/^Password/).fill(LEARNER.password);
    await page.locator("main form").getByRole("button").first().click();
    await page.waitForURL(`${SITE}/dashboard`, { timeout: 120_000 });
    const cookies = await page.context().cookies(SITE);
    return { cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; "), coursePath };
  } finally {
    await browser.close();
  }
}

/**
 * One Lighthouse run, by its own command in a plain Node process: this script runs under tsx, whose transform adds
 * helpers (`__name`) to the functions Lighthouse sends to the page as text, where they do not exist.
 */
async function audit(
  url: string,
  cookie?: string,
): Promise<{ scores: Record<keyof typeof GOALS, number>; lhr: Result }> {
  const args = [
    LIGHTHOUSE_CLI,
    url,
    "--output=json",
    "--output-path=stdout",
    "--quiet",
    `--only-categories=${CATEGORIES.join(",")}`,
    `--chrome-flags=${CHROME_FLAGS.join(" ")}`,
    ...(cookie ? [`--extra-headers=${JSON.stringify({ Cookie: cookie })}`] : []),
  ];
  const { stdout } = await run(process.execPath, args, {
    env: { ...process.env, CHROME_PATH: CHROMIUM, NODE_OPTIONS: "" },
    maxBuffer: 64 * 1024 * 1024,
  });
  const lhr = JSON.parse(stdout) as Result;
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(
    CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)]),
  ) as Record<keyof typeof GOALS, number>;
  if (process.env.LIGHTHOUSE_VERBOSE === "1")
    for (const [id, a] of Object.entries(lhr.audits))
      if (a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative")
        console.log(`    ${id}: ${a.score} ${a.displayValue ?? ""}`);
  return { scores, lhr };
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

interface CostItem {
  url?: string;
  wastedBytes?: number;
  wastedMs?: number;
  totalBytes?: number;
  transferSize?: number;
}

/** The lines naming what cost the page most, from one Lighthouse result. */
function costliest(lhr: Result): string[] {
  const a = lhr.audits;
  const items = (id: string) => ((a[id]?.details as { items?: CostItem[] } | undefined)?.items ?? []) as CostItem[];
  const shortUrl = (url = "") => url.replace(/^https?:\/\/[^/]+/, "");
  const lcpElement = (
    items("largest-contentful-paint-element")[0] as { items?: Array<{ node?: { selector?: string } }> } | undefined
  )?.items?.[0]?.node?.selector;
  const listed = (id: string, measure: (item: CostItem) => string) =>
    items(id)
      .slice(0, 3)
      .map((item) => `${shortUrl(item.url)} (${measure(item)})`)
      .join(", ") || "none";
  const bytes = items("total-byte-weight");
  return [
    `LCP ${a["largest-contentful-paint"]?.displayValue ?? "?"} on ${lcpElement ?? "?"}; FCP ${a["first-contentful-paint"]?.displayValue ?? "?"}; TBT ${a["total-blocking-time"]?.displayValue ?? "?"}; main-thread work ${a["mainthread-work-breakdown"]?.displayValue ?? "?"}; JavaScript execution ${a["bootup-time"]?.displayValue ?? "?"}`,
    `render-blocking: ${listed("render-blocking-resources", (i) => `${Math.round(i.wastedMs ?? 0)} ms`)}`,
    `unused JavaScript: ${listed("unused-javascript", (i) => `${kib(i.wastedBytes ?? 0)} of ${kib(i.totalBytes ?? 0)}`)}`,
    `unused CSS: ${listed("unused-css-rules", (i) => `${kib(i.wastedBytes ?? 0)} of ${kib(i.totalBytes ?? 0)}`)}`,
    `transferred: ${a["total-byte-weight"]?.displayValue ?? "?"}; largest: ${bytes
      .slice(0, 4)
      .map((i) => `${shortUrl(i.url)} ${kib(i.totalBytes ?? 0)}`)
      .join(", ")}`,
  ];
}

async function main() {
  const database = await throwAwayDatabase({
    name: "lighthouse",
    port: PG_PORT,
    password: "lighthouse",
    database: "clikc_lighthouse",
  });
  let server: ProductionServer | null = null;
  try {
    console.log("Preparing the database (migrations, demo data)…");
    await prepareDatabase({ ownerUrl: database.ownerUrl, appPassword: APP_PASSWORD, seed: true });
    server = await startProductionServer({
      appUrl: applicationUrl(database.ownerUrl, APP_PASSWORD),
      authSecret: SECRET,
      host: HOST,
      port: PORT,
      skipBuild: process.env.LIGHTHOUSE_SKIP_BUILD === "1",
    });
    const { cookie, coursePath } = await signInAndFindCourse();
    const pages = [
      { name: "sign-in", url: `${SITE}/sign-in` },
      { name: "catalogue", url: `${SITE}/find-learning` },
      { name: "course page", url: `${SITE}${coursePath}` },
      { name: "dashboard", url: `${SITE}/dashboard`, cookie },
    ];
    let belowGoal = 0;
    console.log(`Lighthouse ${"(mobile preset)".padEnd(16)} ${CATEGORIES.map((c) => c.padStart(15)).join("")}`);
    for (const page of pages.filter((p) => !ONLY.length || ONLY.includes(p.name))) {
      // Once to warm the server's caches and compiled routes, then the runs that count.
      await audit(page.url, page.cookie);
      const runs: Array<Awaited<ReturnType<typeof audit>>> = [];
      for (let run = 0; run < RUNS; run++) runs.push(await audit(page.url, page.cookie));
      runs.sort((a, b) => a.scores.performance - b.scores.performance);
      const { scores, lhr } = runs[Math.floor((runs.length - 1) / 2)];
      belowGoal += CATEGORIES.filter((c) => scores[c] < GOALS[c]).length;
      const spread =
        RUNS > 1 ? `  (performance of the ${RUNS} runs: ${runs.map((r) => r.scores.performance).join(", ")})` : "";
      console.log(
        `${page.name.padEnd(33)}${CATEGORIES.map((c) => `${scores[c]}${scores[c] < GOALS[c] ? "!" : " "}`.padStart(15)).join("")}${spread}`,
      );
      for (const line of costliest(lhr)) console.log(`    ${line}`);
      const reportDir = process.env.LIGHTHOUSE_REPORT_DIR;
      if (reportDir) {
        await mkdir(reportDir, { recursive: true });
        await writeFile(path.join(reportDir, `${page.name.replace(/\W+/g, "-")}.json`), JSON.stringify(lhr));
      }
    }
    console.log(
      `Goals: ${CATEGORIES.map((c) => `${c} ≥ ${GOALS[c]}`).join(", ")}; ${belowGoal ? `${belowGoal} score(s) below (!)` : "all met"}.`,
    );
    if (belowGoal) process.exitCode = 1;
  } finally {
    await server?.stop();
    await database.stop();
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
