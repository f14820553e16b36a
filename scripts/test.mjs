#!/usr/bin/env node
// `npm test`: everything, in order, stopping at the first failure: type check, lint, formatting, unit and integration
// tests (Jest, real PostgreSQL), the production build, and the end-to-end tests (Playwright, Chromium).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

const steps = [
  ["Type check", "npx", ["tsc", "--noEmit"]],
  ["Lint", "npx", ["eslint", ".", "--max-warnings=0"]],
  ["Formatting", "npx", ["prettier", "--check", "--log-level=warn", "."]],
  ["Migrations match the schema", "node", ["scripts/db-check-migrations.mjs"]],
  ["Unit and integration tests", "npx", ["jest", "--ci", "--json", "--outputFile=test-reports/jest-results.json"]],
  ["Production build", "npx", ["next", "build"]],
  ["End-to-end tests", "npx", ["playwright", "test"]],
];

rmSync(".data/e2e", { recursive: true, force: true });
rmSync("test-reports", { recursive: true, force: true });
mkdirSync("test-reports");
let failedStep = null;
for (const [name, command, args] of steps) {
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
}

// One closing line that counts every test of both runners.
const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null);
const jest = read("test-reports/jest-results.json");
const e2e = read("test-reports/e2e-results.json");
const passed = (jest?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0);
const failed = (jest?.numFailedTests ?? 0) + (e2e?.stats?.unexpected ?? 0) + (e2e?.stats?.flaky ?? 0);
const skipped = (jest?.numPendingTests ?? 0) + (e2e?.stats?.skipped ?? 0);
if (failedStep) console.log(`\nStopped at: ${failedStep}`);
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failedStep || failed ? 1 : 0);
