import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { signIn, siteUrl } from "./helpers";

test("a Belgian learner searches, filters by French, enrols, and finds the course on the dashboard, in the record of learning and its CSV and PDF exports", async ({
  page,
}) => {
  await signIn(page, "be", "be.learner");
  await expect(page).toHaveURL(siteUrl("be", "/dashboard"));
  // be.learner prefers French; the test reads the English interface.
  await page.getByLabel("Changer de langue").click();
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await page.goto(siteUrl("be", "/find-learning"));
  const allCount = await page.getByTestId("result-count").innerText();
  await page.getByRole("searchbox", { name: "Search learning" }).fill("valuation");
  await page.getByRole("checkbox", { name: /Français/ }).check();
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/q=valuation/);
  await expect(page).toHaveURL(/language=fr/);
  await expect(page.getByTestId("result-count")).not.toHaveText(allCount);

  const card = page.getByTestId("course-card").filter({ hasText: "Customs Valuation: the WTO Valuation Agreement" });
  await card.getByRole("link").click();
  // The catalogue's closed details dialogs say it too: the course page is read once the address is its own.
  await expect(page).toHaveURL(/\/courses\/[^/?]+$/);
  await expect(page.getByText("You are not enrolled in this course.")).toBeVisible();
  // The enrolled course page remembers the visit with a beacon, as the browser sends it once the page is shown.
  const visit = page.waitForResponse(
    (r) => r.request().method() === "POST" && /\/api\/courses\/[^/]+\/visit$/.test(r.url()),
  );
  await page.getByRole("button", { name: "Enrol now" }).click();
  await expect(page.getByRole("status")).toContainText("You are enrolled in this course");
  await expect(page.getByTestId("module").first()).toBeVisible();
  expect((await visit).status()).toBe(204);

  await page.goto(siteUrl("be", "/dashboard"));
  await expect(
    page.getByTestId("current-course").filter({ hasText: "Customs Valuation: the WTO Valuation Agreement" }),
  ).toBeVisible();
  await expect(
    page
      .getByRole("region", { name: "Latest visited courses" })
      .getByRole("link", { name: "Customs Valuation: the WTO Valuation Agreement" }),
  ).toBeVisible();

  await page.goto(siteUrl("be", "/record-of-learning"));
  await expect(
    page.getByTestId("record-row").filter({ hasText: "Customs Valuation: the WTO Valuation Agreement" }),
  ).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "CSV" }).click(),
  ]);
  const csv = await readFile((await download.path())!, "utf8");
  expect(csv).toContain("Customs Valuation: the WTO Valuation Agreement");
  expect(csv.split("\r\n")[0]).toContain("Course");
  const [pdfDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "PDF" }).click(),
  ]);
  expect(pdfDownload.suggestedFilename()).toMatch(/^record-of-learning-.*\.pdf$/);
  const pdfText = execFileSync("pdftotext", [(await pdfDownload.path())!, "-"])
    .toString("utf8")
    .replace(/\s+/g, " ");
  expect(pdfText).toContain("Customs Valuation: the WTO Valuation Agreement");
  expect(pdfText).toMatch(/generated on/);
});

test("an anonymous visitor gets 404 at a course reserved for Customs, and cannot export a record", async ({
  page,
  request,
}) => {
  await signIn(page, undefined, "wco.admin");
  await expect(page).toHaveURL(siteUrl(undefined, "/dashboard"));
  await page.goto(siteUrl(undefined, "/find-learning?q=drug"));
  const href = await page.getByTestId("course-card").first().getByRole("link").getAttribute("href");
  expect(href).toMatch(/^\/courses\//);
  const anonymous = await page.context().browser()!.newPage();
  const response = await anonymous.goto(siteUrl(undefined, href!));
  expect(response?.status()).toBe(404);
  expect(
    (
      await request.get(siteUrl(undefined, "/api/record-of-learning/export?format=csv"), { headers: { cookie: "" } })
    ).status(),
  ).toBe(404);
});

test("the course visit beacon answers 404 to an anonymous visitor and for a course the learner cannot see, and 403 to another site's post", async ({
  page,
  playwright,
}) => {
  await signIn(page, "be", "be.learner");
  await expect(page).toHaveURL(siteUrl("be", "/dashboard"));
  await page.goto(siteUrl("be", "/find-learning?q=valuation"));
  const href = await page.getByTestId("course-card").first().getByRole("link").getAttribute("href");
  expect(href).toMatch(/^\/courses\//);
  // Node does not resolve subdomains of localhost as the browser does: the posts go to localhost with the
  // site's Host, and the learner's session cookie where the browser would send it.
  const site = new URL(siteUrl("be")).host;
  const origin = `http://${site}`;
  const session = (await page.context().cookies(siteUrl("be"))).map((c) => `${c.name}=${c.value}`).join("; ");
  const api = await playwright.request.newContext();
  const post = async (path: string, headers: Record<string, string>) =>
    (await api.post(siteUrl(undefined, path), { headers: { host: site, ...headers }, maxRedirects: 0 })).status();
  expect(await post(`/api${href}/visit`, { origin })).toBe(404);
  expect(await post(`/api${href}/visit`, { origin: siteUrl("ke", ""), cookie: session })).toBe(403);
  expect(await post("/api/courses/00000000-0000-4000-8000-000000000000/visit", { origin, cookie: session })).toBe(404);
  expect(await post(`/api${href}/visit`, { origin, cookie: session })).toBe(204);
  await api.dispose();
});

test("opening the catalogue fetches no other page: a linked page is loaded when its link is followed, not ahead", async ({
  page,
}) => {
  const pagesFetched: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("_rsc=") || request.headers()["rsc"] === "1") pagesFetched.push(request.url());
  });
  await page.goto(siteUrl("be", "/find-learning"));
  await expect(page.getByTestId("course-card").first()).toBeVisible();
  // Next prefetches the links in view once the page is idle: give it that time.
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(1_000);
  expect(pagesFetched).toEqual([]);

  await page.getByTestId("course-card").first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/courses\/[^/?]+$/);
  // The course page came by client navigation: one fetch of that page, not a reload of the whole document.
  expect(pagesFetched.length).toBeGreaterThan(0);
  expect(pagesFetched.every((url) => new URL(url).pathname.startsWith("/courses/"))).toBe(true);
});
