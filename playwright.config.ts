import { defineConfig } from "@playwright/test";

// End-to-end tests drive Debian's Chromium against the production build, served by the same start script
// as `npm start`, on its own port and its own embedded database (removed before each run by scripts/test.mjs).
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_ROOT = `localhost:${E2E_PORT}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"], ["json", { outputFile: "test-reports/e2e-results.json" }]],
  use: {
    baseURL: `http://${E2E_ROOT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: "node --import tsx scripts/start.ts",
    url: `http://${E2E_ROOT}/api/health`,
    timeout: 180_000,
    reuseExistingServer: !process.env.CI,
    stdout: "pipe",
    env: {
      PORT: String(E2E_PORT),
      ROOT_DOMAIN: E2E_ROOT,
      CLIKC_DATA_DIR: ".data/e2e",
      EMBEDDED_PG_PORT: String(Number(process.env.E2E_PG_PORT ?? 5434)),
      SKIP_BUILD: "1",
    },
  },
});
