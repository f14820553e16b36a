#!/usr/bin/env node
// `npm test`: everything, in order, stopping at the first failure: type check, lint, formatting, unit and integration
// tests (Jest, real PostgreSQL), the production build, the tests of several production servers on it (Jest), and
// the end-to-end tests (Playwright, Chromium).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { recordBuild } from "./lib/build-fingerprint.mjs";

// Jest's projects (jest.config.mjs): the servers' tests need the production build, so they run after it.
const jest = (projects, report) => [
  "jest",
  "--ci",
  "--selectProjects",
  ...projects,
  "--json",
  `--outputFile=${report}`,
];

const steps = [
  ["Type check", "npx", ["tsc", "--noEmit"]],
  ["Lint", "npx", ["eslint", ".", "--max-warnings=0"]],
  ["Formatting", "npx", ["prettier", "--check", "--log-level=warn", "."]],
  ["Migrations match the schema", "node", ["scripts/db-check-migrations.mjs"]],
  ["Unit and integration tests", "npx", jest(["unit", "integration"], "test-reports/jest-results.json")],
  ["Production build", "npx", ["next", "build"], () => recordBuild(process.cwd())],
  ["Several production servers", "npx", jest(["servers"], "test-reports/jest-servers-results.json")],
  ["End-to-end tests", "npx", ["playwright", "test"]],
];

rmSync(".data/e2e", { recursive: true, force: true });
rmSync("test-reports", { recursive: true, force: true });
mkdirSync("test-reports");
let failedStep = null;
for (const [name, command, args, after] of steps) {
  console.log(`\n=== ${name}: ${command} ${args.join(" ")}`);
  const started = Date.now();
  const result = spawnSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, FORCE_COLOR: process.env.CI ? "0" : "1" },
  });
  console.log(
    `=== ${name}: ${result.status === 0 ? "passed" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  if (result.status !== 0) {
    failedStep = name;
    break;
  }
  after?.(); // the servers' tests start from this build, knowing it is of the current sources
}

// One closing line that counts every test of both runners.
const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null);
const jests = ["test-reports/jest-results.json", "test-reports/jest-servers-results.json"].map(read);
const e2e = read("test-reports/e2e-results.json");
const sum = (key) => jests.reduce((total, report) => total + (report?.[key] ?? 0), 0);
const passed = sum("numPassedTests") + (e2e?.stats?.expected ?? 0);
const failed = sum("numFailedTests") + (e2e?.stats?.unexpected ?? 0) + (e2e?.stats?.flaky ?? 0);
const skipped = sum("numPendingTests") + (e2e?.stats?.skipped ?? 0);
if (failedStep) console.log(`\nStopped at: ${failedStep}`);
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failedStep || failed ? 1 : 0);
