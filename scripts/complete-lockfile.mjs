#!/usr/bin/env node
// Run after `npm install` when dependencies change. A registry that serves only some platforms' binaries
// leaves the other platforms' optional packages (e.g. @next/swc-darwin-arm64) out of package-lock.json,
// and `npm ci` then refuses the lock file as out of sync. This records each missing optional package at
// the exact version its parent pins, so `npm ci` accepts the lock file and skips what it cannot install.
import { readFileSync, writeFileSync } from "node:fs";

const file = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(file, "utf8"));
const packages = lock.packages;
let added = 0;
for (const meta of Object.values(packages)) {
  for (const [name, range] of Object.entries(meta.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (packages[key] || !/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(range)) continue;
    packages[key] = { version: range, optional: true };
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a < b ? -1 : a > b ? 1 : 0)),
);
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(
  added
    ? `Recorded ${added} optional platform packages in package-lock.json.`
    : "package-lock.json already lists every optional package.",
);
