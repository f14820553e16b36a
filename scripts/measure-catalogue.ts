// The catalogue page's weight on the wire: its HTML with the default result page, as sent (compressed) and unpacked,
// for a visitor and for a signed-in learner of an administration, on the root site and on the learner's space.
// `npm run measure:catalogue` against a running server (PORT, default 3000); prints one line per case.
import { chromium } from "@playwright/test";

const port = Number(process.env.PORT ?? 3000);
const url = (sub: string | null, path: string) => `http://${sub ? `${sub}.` : ""}localhost:${port}${path}`;
const PASSWORD = process.env.DEMO_PASSWORD ?? "Customs-Demo-2026";

async function main() {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
  try {
    for (const [who, sub, username] of [
      ["visitor", null, null],
      ["visitor", "ke", null],
      ["ke.learner", "ke", "ke.learner"],
    ] as const) {
      const context = await browser.newContext({ locale: "en-GB" });
      const page = await context.newPage();
      if (username) {
        await page.goto(url(sub, "/sign-in"));
        await page.getByLabel(/Username or e-mail/).fill(username);
        await page.getByLabel(/^Password/).fill(PASSWORD);
        await page.getByRole("button", { name: "Sign in" }).click();
        await page.waitForURL((address) => !address.pathname.startsWith("/sign-in"), { timeout: 60_000 });
      }
      // The browser's own account of the document (Node does not resolve *.localhost; Chromium does).
      await page.goto(url(sub, "/find-learning"));
      const sizes = await page.evaluate(() => {
        const [document] = performance.getEntriesByType("navigation") as PerformanceNavigationTiming[];
        return { encoded: document.encodedBodySize, decoded: document.decodedBodySize };
      });
      const cards = await page.getByTestId("course-card").count();
      console.log(`${who} on ${sub ?? "root"}: ${cards} cards, ${sizes.decoded} bytes, ${sizes.encoded} bytes as sent`);
      await context.close();
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
