import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn, siteUrl } from "./helpers";

/** Waits for the newest mail to `address` in the development mailbox and returns its first link. */
async function linkFromMailbox(page: Page, address: string, subject: RegExp): Promise<string> {
  let link = "";
  await expect(async () => {
    await page.goto(siteUrl("academy", "/dev/mailbox"));
    const mail = page.getByTestId("mail").filter({ hasText: address }).filter({ hasText: subject }).first();
    await expect(mail).toBeVisible({ timeout: 1000 });
    link = (await mail.getByRole("link").first().getAttribute("href")) ?? "";
  }).toPass({ timeout: 20_000 });
  return link;
}

test("a company manager buys 5 seats, assigns one, and the employee accepts and starts the course", async ({
  page,
  browser,
}) => {
  await signIn(page, "academy", "academy.manager");
  await page.waitForURL(/\/dashboard/);
  await page.goto(siteUrl("academy"));
  await expect(page.getByRole("heading", { level: 1, name: "WCO Academy", exact: true })).toBeVisible();
  await page.getByRole("link", { name: "Trade compliance essentials" }).click();

  // Stripe Checkout (the local Stripe-compatible server's hosted page), then back to the store.
  await page.getByLabel("Number of seats").fill("5");
  await page.getByRole("button", { name: "Buy seats" }).click();
  await expect(page.getByRole("heading", { name: "Local test checkout" })).toBeVisible();
  await page.getByRole("button", { name: "Pay" }).click();
  await expect(page.getByText("Your payment is confirmed")).toBeVisible({ timeout: 20_000 });
  await page.getByRole("link", { name: "Assign the seats" }).click();
  await page.getByTestId("seat-pool").getByRole("link", { name: "Trade compliance essentials" }).first().click();
  await expect(page.getByTestId("seats-bought")).toHaveText("5");
  await expect(page.getByTestId("seats-free")).toHaveText("5");
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  const email = `employee.${Date.now()}@company.example`;
  await page.getByLabel("Employee's e-mail address").fill(email);
  await page.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(page.getByText("The seat is assigned")).toBeVisible();
  await expect(page.getByTestId("seats-assigned")).toHaveText("1");
  await expect(page.getByTestId("seats-free")).toHaveText("4");
  await expect(page.getByTestId("seat").filter({ hasText: email })).toContainText("Invited");

  // The employee accepts from the e-mail, creating an Academy account, and starts the course at once.
  const employee = await (await browser.newContext()).newPage();
  const link = await linkFromMailbox(employee, email, /A seat at the WCO Academy/);
  await employee.goto(link);
  await expect(employee.getByRole("heading", { name: "Your seat at the WCO Academy" })).toBeVisible();
  await employee.getByLabel(/^First name/).fill("Elena");
  await employee.getByLabel(/^Last name/).fill("Petrova");
  await employee.getByLabel(/^Password/).fill("customs compliance is a team sport");
  await employee.getByLabel(/I accept the Terms/).check();
  await employee.getByRole("button", { name: "Create my account and accept" }).click();
  // Either the form moves on to the learner's courses, or the page says the seat is accepted.
  await expect(
    employee
      .getByRole("link", { name: "Go to my learning" })
      .or(employee.getByRole("heading", { level: 1, name: "My learning" })),
  ).toBeVisible();
  await employee.goto(siteUrl("academy", "/dashboard"));
  await expect(employee.getByText(`Signed in as ${email}`)).toBeVisible();
  await expect(employee.getByTestId("my-course")).toHaveCount(3);
  await employee
    .getByTestId("my-course")
    .first()
    .getByRole("button", { name: /Start the course/ })
    .click();
  await expect(employee.getByText("You are enrolled in this course: 0% complete.")).toBeVisible();
  await expect(employee.getByTestId("module").first()).toBeVisible();

  // A course outside the seat's bundle is 404 for the employee.
  const response = await employee.goto(siteUrl("academy", "/learn/quiz/00000000-0000-4000-8000-000000000000"));
  expect(response?.status()).toBe(404);

  // The manager sees the employee learning.
  await page.reload();
  await expect(page.getByTestId("seat").filter({ hasText: email })).toContainText("Learning");
});

test("a customer signs up on the store, confirms the address from the e-mail, signs in and sees the courses they may reach", async ({
  page,
}) => {
  const email = `nora.${Date.now()}@trade.example`;
  const signUp = async (address: string) => {
    await page.goto(siteUrl("academy", "/register"));
    await page.getByLabel(/^First name/).fill("Nora");
    await page.getByLabel(/^Last name/).fill("Lind");
    await page.getByLabel(/^E-mail address/).fill(address);
    await page.getByLabel(/^Password/).fill("incoterms and origin rules");
    await page.getByLabel(/I accept the Terms/).check();
    await page.getByRole("button", { name: "Create my account" }).click();
    await expect(page.getByRole("status")).toHaveText(/Check your e-mail/);
  };
  await signUp(email);
  // An address that already has an account gets the very same answer on the page (the e-mail says the rest).
  await signUp("academy.buyer@demo.clikc.test");
  await page.goto(await linkFromMailbox(page, email, /Confirm your e-mail address for the WCO Academy/));
  await page.getByRole("button", { name: /Confirm/ }).click();
  await expect(page.getByRole("status")).toContainText("Your WCO Academy account is open.");
  await page.getByRole("link", { name: "Sign in" }).last().click();
  await page.getByLabel(/Username or e-mail/).fill(email);
  await page.getByLabel(/^Password/).fill("incoterms and origin rules");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText(`Signed in as ${email}`, { exact: true })).toBeVisible();
  await page.getByRole("link", { name: "My learning", exact: true }).click();
  await expect(page.getByText("You have no courses yet.")).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

// The company manager buys for themselves here: the demo's other customer buys this course in module-content.spec,
// and a course is never sold twice to one customer.
test("a customer buys a course with a promotion code and starts it on the same session", async ({ page }) => {
  await signIn(page, "academy", "academy.manager");
  await page.waitForURL(/\/dashboard/);
  await page.goto(siteUrl("academy"));
  await page.getByRole("link", { name: "Introduction to the Harmonized System" }).click();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.getByLabel("Price").first().selectOption("usd");
  await page.getByRole("button", { name: "Buy", exact: true }).click();
  await page.getByLabel("Promotion code").fill("ACADEMY10");
  await page.getByRole("button", { name: "Pay" }).click();
  await expect(page.getByText("Your payment is confirmed")).toBeVisible({ timeout: 20_000 });
  await page.getByRole("link", { name: "Start the course" }).click();
  await expect(page.getByText(/You are enrolled in this course/)).toBeVisible();
  await expect(page.getByText("Signed in as academy.manager")).toBeVisible();

  await page.getByRole("link", { name: "Orders" }).click();
  await page.getByRole("row").nth(1).getByRole("link").click();
  await expect(page.getByText("Discount (promotion code)")).toBeVisible();
  await expect(page.getByText("$44.10")).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test("WCO staff see the store's products and orders in the console", async ({ page }) => {
  await signIn(page, undefined, "wco.admin");
  await page.waitForURL(/\/dashboard/);
  await page.goto(siteUrl(undefined, "/admin"));
  await page.getByRole("link", { name: "Academy store" }).click();
  await expect(page.getByTestId("store-product")).toHaveCount(3);
  await expect(page.getByText("VAL-101, ECOM-101, TFA-101")).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.getByRole("link", { name: "Orders and refunds" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Orders and refunds" })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
