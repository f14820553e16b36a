import { spawnSync } from "node:child_process";
import { createSerwistRoute } from "@serwist/turbopack";

// The service worker (/serwist/sw.js), bundled at build time from lib/pwa/service-worker.ts with the list of the
// build's assets to precache. The offline page's revision is the build's commit, so each build fetches it again.
const revision = spawnSync("git", ["rev-parse", "HEAD"], { encoding: "utf-8" }).stdout?.trim() || crypto.randomUUID();

export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: "lib/pwa/service-worker.ts",
  useNativeEsbuild: true,
  additionalPrecacheEntries: [{ url: "/offline", revision }],
  // The build's styles and the shared scripts every page loads; page-specific chunks are cached when first used.
  globPatterns: [".next/static/**/*.css", ".next/static/media/*.woff2", "public/icons/*.png"],
  maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
});
