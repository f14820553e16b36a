// Each site is an installable app: a manifest of its own with icons, a favicon, a service worker that controls the
// page, the offline page and the pages already visited with the network off, and a new version that waits for
// the learner's "Reload" (docs/decisions/0044).
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { answerFrom, siteUrl } from "./helpers";

async function manifestOf(page: Page, subdomain: string | undefined) {
  await page.goto(siteUrl(subdomain, "/"));
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(href).toBe("/api/site/manifest");
  const manifest = await page.evaluate(async (url) => (await fetch(url)).json(), href!);
  const themeColor = await page.locator('meta[name="theme-color"]').getAttribute("content");
  return { manifest, themeColor };
}

/** Waits until the site's service worker is active and controls the page. */
async function controlled(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === "activated", null, {
    timeout: 30_000,
  });
  return page.evaluate(() => navigator.serviceWorker.controller!.scriptURL);
}

test.describe("the installable app", () => {
  test("each site links its own valid manifest, whose icons and favicon answer", async ({ page }) => {
    const names = new Set<string>();
    for (const subdomain of [undefined, "ke", "academy"]) {
      const { manifest, themeColor } = await manifestOf(page, subdomain);
      expect(manifest).toMatchObject({ start_url: "/", scope: "/", display: "standalone" });
      expect(themeColor).toBe(manifest.theme_color);
      const sizes = manifest.icons.map((icon: { sizes: string }) => icon.sizes);
      expect(sizes).toEqual(expect.arrayContaining(["192x192", "512x512"]));
      for (const icon of manifest.icons) {
        const answer = await answerFrom(page, subdomain, icon.src);
        expect([icon.src, answer.status, answer.headers["content-type"]]).toEqual([icon.src, 200, "image/png"]);
      }
      const favicon = await answerFrom(page, subdomain, "/favicon.ico");
      expect(favicon.status).toBe(200);
      expect(favicon.headers["content-type"]).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
      names.add(manifest.name);
    }
    expect(names.size).toBe(3);
  });

  test("Chromium finds every kind of site installable, once its worker controls the page", async ({
    playwright,
    launchOptions,
  }, testInfo) => {
    // A profile on disk: Chromium never offers to install an app from an incognito window, which is what
    // Playwright's browser contexts are.
    const profile = await mkdtemp(path.join(os.tmpdir(), "installable-"));
    const context = await playwright.chromium.launchPersistentContext(profile, {
      ...launchOptions,
      baseURL: testInfo.project.use.baseURL,
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      for (const subdomain of [undefined, "ke", "academy"]) {
        await page.goto(siteUrl(subdomain, "/"));
        await controlled(page);
        // The browser's own check (manifest, icons, service worker, secure context) behind its "Install app" offer.
        const cdp = await context.newCDPSession(page);
        const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
        await cdp.detach();
        expect([subdomain ?? "root site", installabilityErrors]).toEqual([subdomain ?? "root site", []]);
      }
    } finally {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    }
  });

  test("the service worker controls the page; offline, a visited page reloads, says it is offline, and another shows the offline page", async ({
    page,
    context,
  }) => {
    await page.goto(siteUrl("ke", "/"));
    expect(await controlled(page)).toMatch(/\/serwist\/sw\.js$/);
    // The first visit came before the worker: the second one is kept for reading offline.
    await page.reload();
    const heading = await page.getByRole("heading", { level: 1 }).first().textContent();
    // The header says when the connection goes, and again when it returns. Asked of the open page: the browser's
    // emulated offline state is not reliably the new document's after a reload (it read "Online" in one run).
    await context.setOffline(true);
    await expect(page.getByTestId("connection-status")).toHaveText("Offline");
    await context.setOffline(false);
    await expect(page.getByTestId("connection-status")).toHaveText("Online");
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 }).first()).toHaveText(heading!);
    await expect(page.locator("header")).toBeVisible();
    await page.goto(siteUrl("ke", "/faq"));
    await expect(page.getByRole("heading", { level: 1, name: "You are offline" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Try again" })).toBeVisible();
    await context.setOffline(false);
  });

  test("the offline page is in the learner's language, right to left in Arabic", async ({ browser }) => {
    const context = await browser.newContext({ locale: "ar" });
    await context.addCookies([{ name: "NEXT_LOCALE", value: "ar", url: siteUrl(undefined, "/") }]);
    const page = await context.newPage();
    await page.goto(siteUrl(undefined, "/"));
    await controlled(page);
    await context.setOffline(true);
    await page.goto(siteUrl(undefined, "/help"));
    await expect(page.getByRole("heading", { level: 1, name: "أنت غير متصل بالشبكة" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await context.close();
  });

  test("a new version waits for the learner's Reload, then takes over the page at once", async ({ page }) => {
    await page.goto(siteUrl(undefined, "/"));
    const first = await controlled(page);
    await expect(page.getByTestId("update-banner")).toHaveCount(0);
    // A new build: another worker script for the same scope installs next to the running one.
    await page.evaluate(() =>
      navigator.serviceWorker.register("/serwist/sw.js?build=next", { scope: "/", type: "module" }),
    );
    const banner = page.getByRole("status").filter({ hasText: "A new version is available." });
    await expect(banner).toBeVisible({ timeout: 30_000 });
    // Until then the page stays on the version it started with: no mixing of two builds.
    expect(await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL)).toBe(first);
    await Promise.all([page.waitForEvent("load"), banner.getByRole("button", { name: "Reload" }).click()]);
    expect(await controlled(page)).toMatch(/\/serwist\/sw\.js\?build=next$/);
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  });
});
