// Decides whether the production build in .next matches the sources, so `npm start` rebuilds only when needed.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const INPUTS = [
  "app",
  "components",
  "lib",
  "messages",
  "proxy.ts",
  "next.config.ts",
  "package-lock.json",
  "postcss.config.mjs",
  "tsconfig.json",
];

function fingerprint(root) {
  const hash = createHash("sha256");
  const visit = (relative) => {
    const absolute = path.join(root, relative);
    if (!existsSync(absolute)) return;
    const stat = statSync(absolute);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(absolute).sort()) visit(path.join(relative, entry));
    } else {
      hash.update(`${relative}\0${stat.size}\0${stat.mtimeMs}\n`);
    }
  };
  INPUTS.forEach(visit);
  return hash.digest("hex");
}

const marker = (root) => path.join(root, ".next", "clikc-build-fingerprint");

export function buildIsCurrent(root) {
  return (
    existsSync(path.join(root, ".next", "BUILD_ID")) &&
    existsSync(marker(root)) &&
    readFileSync(marker(root), "utf8") === fingerprint(root)
  );
}

export function recordBuild(root) {
  writeFileSync(marker(root), fingerprint(root));
}
