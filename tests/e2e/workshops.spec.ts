import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn, siteUrl, switchToEnglish } from "./helpers";

const WORKSHOP = "Container Control Programme: port control unit training";

async function noAxeViolations(page: Page) {
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
}

async function noSidewaysScroll(page: Page) {
  const [scroll, client] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(scroll).toBeLessThanOrEqual(client + 0.5);
}

test("a Belgian officer's workshop application goes from her request to her coordinator, her information and WCO selection", async ({
  page,
  browser,
}) => {
  // Four people's pages, and the coordinator's at two sizes: a long journey.
  test.slow();
  // Lucie, a Belgian officer, applies to the next session of a workshop from its course page, on Belgium's space.
  await signIn(page, "be", "be.learner");
  await expect(page).toHaveURL(siteUrl("be", "/dashboard"));
  await switchToEnglish(page);
  await page.goto(siteUrl("be", "/find-learning?q=Container%20Control"));
  await page.getByTestId("course-card").filter({ hasText: WORKSHOP }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(WORKSHOP);
  const session = page.getByTestId("workshop-session").first();
  await expect(session).toContainText("(Africa/Nairobi)");
  await expect(session).toContainText("Port of Mombasa, Kenya");
  await noAxeViolations(page);
  await session.getByRole("button", { name: /^Apply to the session of/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "sent" })).toHaveText(
    "Your application has been sent to your National Coordinator.",
  );
  await expect(page.getByTestId("application-status")).toHaveText("Waiting for your coordinator");
  const applicationUrl = page.url().replace(/\?.*$/, "");

  // Her coordinator accepts it on the Applications page, where the session's dates are shown.
  const coordinator = await (await browser.newContext()).newPage();
  await signIn(coordinator, "be", "be.coordinator");
  await expect(coordinator).toHaveURL(siteUrl("be", "/dashboard"));
  await coordinator.goto(siteUrl("be", "/team/applications"));
  const row = coordinator
    .getByTestId("application-row")
    .filter({ hasText: "Lucie Dubois" })
    .filter({ hasText: WORKSHOP });
  await expect(row).toContainText("Workshop");
  await expect(row.getByTestId("application-session")).toContainText("(Africa/Nairobi)");
  await row.getByRole("button", { name: "Accept the application of Lucie Dubois" }).click();
  await expect(coordinator.getByRole("status").filter({ hasText: "accepted" })).toHaveText(
    "The application has been accepted.",
  );
  await noAxeViolations(coordinator);

  // She is told in her Alerts panel and gives the information the workshop asks for.
  await page.goto(siteUrl("be", "/alerts"));
  // Other journeys leave her other alerts (an accepted enrolment request): the workshop's.
  const accepted = page.getByTestId("alert").filter({ hasText: `Your application to ${WORKSHOP} (` });
  await expect(accepted).toContainText("is accepted");
  await accepted.getByRole("link", { name: "Open" }).click();
  await expect(page).toHaveURL(applicationUrl);
  await page.getByLabel("Your experience of the topic").fill("Two years in the port control unit.");
  await page.getByRole("button", { name: "Send the information" }).click();
  // Refused: the required fields say why, and nothing typed is lost.
  await expect(page.getByText("This field is required.")).toHaveCount(2);
  await expect(page.getByLabel("Your experience of the topic")).toHaveValue("Two years in the port control unit.");
  await page.getByLabel("Your current position and unit").fill("Customs inspector, Antwerp port");
  await page.getByRole("radio", { name: "No" }).check();
  await page.getByRole("button", { name: "Send the information" }).click();
  await expect(page.getByRole("status").filter({ hasText: "information has been sent" })).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("application-status")).toHaveText("Information given: waiting for selection");
  await noAxeViolations(page);

  // WCO staff select her on the root site.
  const wco = await (await browser.newContext()).newPage();
  await signIn(wco, undefined, "wco.admin");
  await expect(wco).toHaveURL(siteUrl(undefined, "/dashboard"));
  await wco.goto(siteUrl(undefined, "/admin"));
  await wco.getByRole("link", { name: "Workshop selection" }).click();
  await expect(wco.getByRole("heading", { level: 1 })).toHaveText("Workshop selection");
  const sessionRow = wco.getByTestId("selection-session").filter({ hasText: WORKSHOP });
  await expect(sessionRow).toContainText("(Africa/Nairobi)");
  await noAxeViolations(wco);
  await sessionRow.getByRole("link", { name: /^Open the session of/ }).click();
  const candidate = wco.getByTestId("candidate-row").filter({ hasText: "Lucie Dubois" });
  await expect(candidate).toContainText("Belgium");
  await expect(candidate).toContainText("Customs inspector, Antwerp port");
  await candidate.getByRole("button", { name: "Select Lucie Dubois", exact: true }).click();
  await expect(wco.getByRole("status")).toHaveText("Decision saved; the candidate has been told.");
  await expect(wco.getByTestId("seats")).toHaveText("1 of 12 places taken");
  await expect(wco.getByTestId("candidate-row").filter({ hasText: "Lucie Dubois" })).toContainText("Selected");
  await noAxeViolations(wco);

  // Her booking is in Upcoming events, and the confirmation in her alerts.
  await page.goto(siteUrl("be", "/dashboard"));
  const event = page.getByTestId("upcoming-event").filter({ hasText: WORKSHOP });
  await expect(event).toContainText("(Africa/Nairobi)");
  await expect(event).toContainText("Port of Mombasa, Kenya");
  await expect(page.getByTestId("alerts-link")).toHaveAccessibleName(/Alerts, \d+ unread/);
  await page.getByTestId("alerts-link").click();
  await expect(page.getByTestId("alert").first()).toContainText(`Booking confirmed: you are selected for ${WORKSHOP}`);
  await expect(page.getByTestId("alert").first()).toHaveAttribute("data-unread", "true");
  await noAxeViolations(page);
  await page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(page.getByRole("status")).toHaveText("All your alerts are marked as read.");
  await expect(page.getByTestId("alerts-link")).toHaveAccessibleName("Alerts");

  // Her coordinator sees the booking on her page.
  await coordinator.goto(siteUrl("be", "/team"));
  await coordinator.getByRole("link", { name: "Lucie Dubois" }).first().click();
  await coordinator.getByRole("link", { name: "Bookings" }).click();
  await expect(coordinator.getByTestId("booking-row").filter({ hasText: WORKSHOP })).toContainText("Lucie is selected");
  await expect(coordinator.getByRole("table", { name: "Workshop bookings of Lucie Dubois" })).toBeVisible();

  // Her coordinator was told of the selection too, with the message Lucie received, at desktop and phone sizes.
  for (const size of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    await coordinator.setViewportSize(size);
    await coordinator.goto(siteUrl("be", "/alerts"));
    const told = coordinator.getByTestId("alert").filter({ hasText: `Lucie Dubois has been selected for ${WORKSHOP}` });
    await expect(told).toHaveCount(1);
    await told.getByText("Message sent to the participant").click();
    await expect(told.getByTestId("alert-message")).toContainText(`Booking confirmation: ${WORKSHOP}`);
    await expect(told.getByTestId("alert-message")).toContainText("You have been selected to take part in");
    await noAxeViolations(coordinator);
    await noSidewaysScroll(coordinator);
    await told.getByRole("link", { name: "Open" }).click();
    await expect(coordinator.getByTestId("booking-row").filter({ hasText: WORKSHOP })).toContainText(
      "Lucie is selected",
    );
    await noAxeViolations(coordinator);
    await noSidewaysScroll(coordinator);
  }
});

test("a WCO author plans a session on its own time zone's clock and writes the information form", async ({ page }) => {
  await signIn(page, undefined, "wco.admin");
  await expect(page).toHaveURL(siteUrl(undefined, "/dashboard"));
  await page.goto(siteUrl(undefined, "/author/courses"));
  await page.getByRole("link", { name: "Global webinar series on e-commerce", exact: true }).click();
  await page.getByRole("link", { name: "Sessions and information form" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sessions: Global webinar series on e-commerce");
  await expect(page.getByText("No sessions yet.")).toBeVisible();

  await page.getByLabel("Time zone").fill("Europe/Brussels");
  await page.getByLabel("Capacity").fill("40");
  await page.getByLabel("Starts").fill("2027-07-01T09:00");
  await page.getByLabel("Ends").fill("2027-07-01T08:00");
  await page.getByLabel("Online link (https)").fill("http://meet.example.org/ecom");
  await page.getByRole("button", { name: "Save the session" }).click();
  await expect(page.getByText("Enter a full link starting with https://.")).toBeVisible();
  await expect(page.getByText("The session must end after it starts.")).toBeVisible();
  await expect(page.getByLabel("Time zone")).toHaveValue("Europe/Brussels");
  await page.getByLabel("Ends").fill("2027-07-01T12:30");
  await page.getByLabel("Online link (https)").fill("https://meet.example.org/ecom");
  await page.getByRole("button", { name: "Save the session" }).click();
  await expect(page.getByRole("status")).toHaveText("Session saved.");
  const row = page.getByTestId("session-row");
  await expect(row).toContainText("(Europe/Brussels)");
  await expect(row).toContainText("https://meet.example.org/ecom");
  await noAxeViolations(page);

  await page.getByLabel("Label in English").last().fill("Which platform do you represent?");
  await page.getByLabel("Label in Français").last().fill("Quelle plateforme représentez-vous ?");
  await page.getByRole("button", { name: "Save the form" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Form saved." })).toBeVisible();
  await expect(page.getByRole("group", { name: "Field 1" }).getByLabel("Label in English")).toHaveValue(
    "Which platform do you represent?",
  );

  await row.getByRole("button", { name: /^Delete the session of/ }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Yes, continue" }).click();
  await expect(page.getByText("No sessions yet.")).toBeVisible();
});
