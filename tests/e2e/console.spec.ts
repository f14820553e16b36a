import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signIn, siteUrl } from "./helpers";

test("a WCO admin enables a space for an administration that had none and names its coordinator; its tenant admin publishes a course that its learners find and others cannot reach", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const visitor = await browser.newPage();
  expect((await visitor.goto(siteUrl("fcs")))?.status()).toBe(404);

  await signIn(page, undefined, "wco.admin");
  await expect(page).toHaveURL(siteUrl(undefined, "/dashboard"));
  await page.getByRole("link", { name: "Console" }).click();
  await page.getByRole("link", { name: "Administrations" }).click();
  await page.getByRole("searchbox").fill("Russia");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByTestId("result-count")).toHaveText("1 administration");
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.getByRole("link", { name: "Manage Russian Federation" }).click();

  await page.getByLabel("Enable the space on its own subdomain").check();
  await page.getByLabel(/^Subdomain/).fill("fcs");
  await page.getByLabel("Display name").fill("Federal Customs Service of Russia");
  await page.getByLabel("Brand colour").fill("#ffff00");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("White text is hard to read on this colour.")).toBeVisible();
  await expect(page.getByLabel("Display name")).toHaveValue("Federal Customs Service of Russia");
  await page.getByLabel("Brand colour").fill("#1f3a68");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status")).toHaveText("The space has been saved.");

  await page.getByLabel("Username of the new tenant admin").fill("ru.learner");
  await page.getByRole("button", { name: "Add" }).click();
  await expect(page.getByTestId("tenant-admins")).toContainText("Ольга Смирнова (ru.learner)");
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await visitor.goto(siteUrl("fcs"));
  await expect(visitor.getByTestId("site-name")).toHaveText("Federal Customs Service of Russia");

  // She becomes the Russian Federation's National Coordinator, and its approver.
  await page.goto(siteUrl(undefined, "/admin/users?q=ru.learner"));
  const olga = page.getByTestId("user-row").filter({ hasText: "ru.learner" });
  await olga.getByLabel("National Coordinator").check();
  await olga.getByRole("button", { name: "Save the roles of Ольга Смирнова" }).click();
  await expect(olga.getByRole("status")).toHaveText("Roles saved.");
  await page.goto(siteUrl(undefined, "/admin/approvers"));
  await page.getByLabel("Administration").selectOption({ label: "Russian Federation" });
  await page.getByLabel("Username of the National Coordinator").fill("ru.learner");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status")).toHaveText("The approver has been saved.");

  await page.goto(siteUrl(undefined, "/admin/audit"));
  const rows = page.getByTestId("audit-row");
  await expect(rows.nth(0)).toContainText("tenant.approver.set");
  await expect(rows.nth(1)).toContainText("user.roles.set");
  await expect(rows.nth(2)).toContainText("user.role.grant");
  await expect(rows.nth(3)).toContainText("tenant.space.enable");
  await expect(rows.nth(3)).toContainText("Hélène Martin");

  // Its tenant admin creates and publishes a course on its space.
  const author = await (await browser.newContext()).newPage();
  await signIn(author, "fcs", "ru.learner");
  await expect(author).toHaveURL(siteUrl("fcs", "/dashboard"));
  // ru.learner reads Russian; the author's link is there in her language, and the test goes on in English.
  await expect(author.getByRole("link", { name: "Создание курсов" })).toBeVisible();
  await author.getByLabel("Сменить язык").click();
  await author.getByRole("button", { name: "English" }).click();
  await expect(author.locator("html")).toHaveAttribute("lang", "en");
  await author.getByRole("link", { name: "Author courses" }).click();
  await author.getByRole("link", { name: "New course" }).click();
  await author.getByLabel(/^Code/).fill("RU-RISK");
  await author.getByLabel(/^Title/).fill("FCS risk profiles for Russian officers");
  await author
    .getByLabel("Description")
    .fill("How **FCS** risk profiles select consignments.\n\n- Profiles\n- Targeting");
  await author.getByLabel(/^Duration in minutes/).fill("45");
  await author.getByLabel("Open to guests").check();
  await author.getByRole("button", { name: "Create the course" }).click();
  await expect(author.getByText("Only a course for everyone can be opened to guests.")).toBeVisible();
  await expect(author.getByLabel(/^Title/)).toHaveValue("FCS risk profiles for Russian officers");
  await author.getByLabel("Open to guests").uncheck();
  await author.getByRole("button", { name: "Create the course" }).click();
  await expect(author.getByRole("status")).toHaveText("The course has been created as a draft.");
  await author.getByRole("button", { name: "Publish" }).click();
  await expect(author.getByRole("alert").filter({ hasText: /\w/ })).toHaveText(
    "Add at least one module before publishing the course.",
  );
  await author.getByRole("textbox", { name: "Section title" }).fill("Basics");
  await author.getByRole("button", { name: "Add a section" }).click();
  await author.getByLabel("Module title").fill("Profiles in one page");
  await author.getByRole("button", { name: "Add the module" }).click();
  const moduleTitle = author.getByTestId("outline-module").getByRole("textbox", { name: "Module title" });
  await expect(moduleTitle).toHaveValue("Profiles in one page");
  await moduleTitle.fill("Risk profiles in one page");
  await author.getByRole("button", { name: "Save the module Profiles in one page" }).click();
  await expect(moduleTitle).toHaveValue("Risk profiles in one page");
  await author.getByRole("button", { name: "Publish" }).click();
  await expect(author.getByTestId("course-status")).toHaveText("Published");
  const courseAddress = new URL(
    (await author.getByRole("link", { name: "View the course page" }).getAttribute("href"))!,
    siteUrl("fcs"),
  ).pathname;
  expect((await new AxeBuilder({ page: author }).analyze()).violations).toEqual([]);

  // News on the space's home page.
  await author.goto(siteUrl("fcs", "/author/news"));
  await author.getByLabel(/^Title/).fill("The FCS space is open");
  await author.getByLabel(/^Text/).fill("Courses of the **Federal Customs Service** are here.");
  await author.getByRole("button", { name: "Publish" }).click();
  await expect(author.getByRole("status")).toHaveText("The news item is on the home page.");
  await visitor.goto(siteUrl("fcs"));
  await expect(visitor.getByTestId("home-news")).toContainText("The FCS space is open");

  // Its learners find it on its space; a Kenyan learner gets 404 at its address on Kenya's.
  await author.goto(siteUrl("fcs", "/find-learning?q=FCS"));
  await author
    .getByTestId("course-card")
    .filter({ hasText: "FCS risk profiles for Russian officers" })
    .getByRole("link")
    .click();
  await expect(author.getByRole("heading", { level: 1 })).toHaveText("FCS risk profiles for Russian officers");
  await expect(author.locator("strong", { hasText: "FCS" })).toBeVisible();
  const kenyan = await browser.newPage();
  await signIn(kenyan, "ke", "ke.learner");
  await expect(kenyan).toHaveURL(siteUrl("ke", "/dashboard"));
  expect((await kenyan.goto(siteUrl("ke", courseAddress)))?.status()).toBe(404);
  await kenyan.goto(siteUrl("ke", "/find-learning?q=FCS"));
  await expect(kenyan.getByTestId("course-card").filter({ hasText: "FCS risk profiles" })).toHaveCount(0);

  // The console is the WCO's alone: a coordinator gets 404 there.
  const coordinator = await browser.newPage();
  await signIn(coordinator, "ke", "ke.coordinator");
  await expect(coordinator).toHaveURL(siteUrl("ke", "/dashboard"));
  expect((await coordinator.goto(siteUrl("ke", "/admin/administrations")))?.status()).toBe(404);
});
