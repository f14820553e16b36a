// The learner's journeys of the User Guide that come before and around learning: a sign-in while the registration
// waits, a refused registration that keeps what was typed, a certificate code that matches nothing, and a new
// preferred language on the next page. Each at desktop and phone size, every page checked (page-checks.ts).
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, linkFromMailbox, signIn, siteUrl } from "./helpers";
import { checkPage, isPhone, openMenu, SIZES } from "./page-checks";

const PASSWORD = "a long passphrase for the border";
// Password hashing (registration, sign-in) on a busy machine, as in phone.spec.ts.
const SIGN_IN_MS = 30_000;

/** The form's refusal (Next's route announcer is an empty alert too). */
const refusal = (page: Page) => page.getByRole("alert").filter({ hasText: /\w/ });

async function fillRegistration(page: Page, who: { username: string; email: string }, locale = "en") {
  await page.getByLabel(/^Username/).fill(who.username);
  await page.getByLabel(/^E-mail address/).fill(who.email);
  await page.getByLabel(/^Password/).fill(PASSWORD);
  await page.getByLabel(/^First name/).fill("Achieng");
  await page.getByLabel(/^Last name/).fill("Odhiambo");
  await page.getByLabel(/^Position/).fill("Examiner");
  await page.getByLabel(/Preferred language/).selectOption(locale);
  await page.getByLabel(/I accept the Terms and Conditions/).check();
}

async function signInAs(page: Page, identifier: string, password: string) {
  await page.goto(siteUrl("ke", "/sign-in"));
  await page.getByLabel(/Username or e-mail/).fill(identifier);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

for (const size of SIZES) {
  test.describe(`at ${size.name} size (${size.width} × ${size.height})`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });
    // Journeys of several sign-ins and password checks each: three times the usual time on a busy machine.
    test.slow();

    test("signing in before the coordinator approves says the request waits, only to whoever knows the password", async ({
      page,
    }) => {
      const n = `${size.name}${Date.now() % 100000}`;
      const who = { username: `ke.waiting.${n}`, email: `waiting.${n}@kra.example` };
      await page.goto(siteUrl("ke", "/register"));
      await fillRegistration(page, who);
      await page.getByRole("button", { name: "Create my account" }).click();
      await expect(page.getByRole("status")).toContainText(who.email, { timeout: SIGN_IN_MS });

      await signInAs(page, who.username, PASSWORD);
      await expect(refusal(page)).toContainText("open the link in the confirmation e-mail");
      await checkPage(page);

      await page.goto(await linkFromMailbox(page, "ke", who.email, /Confirm your e-mail address/));
      await page.getByRole("button", { name: "Confirm my e-mail address" }).click();
      await expect(page.getByRole("status")).toContainText("your request has been sent");

      await signInAs(page, who.email, PASSWORD);
      await expect(refusal(page)).toContainText("waiting for approval by your National Coordinator");
      await checkPage(page);
      // A wrong password learns nothing: the answer of an unknown account.
      await signInAs(page, who.username, "not the passphrase");
      await expect(refusal(page)).toHaveText("Invalid username, e-mail or password.");
      await signInAs(page, `nobody.${n}`, "not the passphrase");
      await expect(refusal(page)).toHaveText("Invalid username, e-mail or password.");
    });

    test("a registration refused for one field keeps everything else that was typed and names only that field", async ({
      page,
    }) => {
      const n = `${size.name}${Date.now() % 100000}`;
      await page.goto(siteUrl(undefined, "/register"));
      await page.getByLabel(/^Choose organization/).selectOption({ label: "Kenya" });
      await fillRegistration(page, { username: "x!", email: `kept.${n}@kra.example` }, "es");
      await page.getByRole("button", { name: "Create my account" }).click();

      const username = page.getByLabel(/^Username/);
      await expect(username).toHaveAttribute("aria-invalid", "true");
      await expect(page.locator("[aria-invalid=true]")).toHaveCount(1);
      await expect(username).toHaveValue("x!");
      await expect(page.getByLabel(/^E-mail address/)).toHaveValue(`kept.${n}@kra.example`);
      await expect(page.getByLabel(/^First name/)).toHaveValue("Achieng");
      await expect(page.getByLabel(/^Last name/)).toHaveValue("Odhiambo");
      await expect(page.getByLabel(/^Position/)).toHaveValue("Examiner");
      await expect(page.getByLabel(/^Choose organization/)).toHaveValue("KE");
      await expect(page.getByLabel(/Preferred language/)).toHaveValue("es");
      await expect(page.getByLabel(/I accept the Terms and Conditions/)).toBeChecked();
      await expect(page.getByLabel(/^Password/)).toHaveValue("");
      await checkPage(page);

      // Correcting that field (and typing the password again) is all it takes.
      await username.fill(`kept.${n}`);
      await page.getByLabel(/^Password/).fill(PASSWORD);
      await page.getByRole("button", { name: "Create my account" }).click();
      await expect(page.getByRole("status")).toContainText(`kept.${n}@kra.example`, { timeout: SIGN_IN_MS });
    });

    test("a certificate code that matches nothing says that no valid certificate has it, with status 404", async ({
      page,
    }) => {
      const answer = await page.goto(siteUrl(undefined, "/verify/AAAAA-AAAAA-AAAAA-AAAAA"));
      expect(answer?.status()).toBe(404);
      await expect(page.getByTestId("certificate-unknown")).toHaveText("No valid certificate has this code.");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Certificate verification");
      await expect(page.getByText("page could not be found")).toHaveCount(0);
      await checkPage(page);
      // Typing another code from there checks it.
      await page.getByLabel("Certificate code").fill("not a code");
      await page.getByRole("button", { name: "Check" }).click();
      await expect(page.getByTestId("certificate-unknown")).toBeVisible();
      expect((await page.request.get(siteUrl(undefined, "/verify/ZZZZZ"))).status()).toBe(404);
    });

    test("a new preferred language applies on the next page, without reloading", async ({ page }) => {
      // Two English-speaking learners, one per size: on the Kenyan space and on the root site.
      if (size.name === "phone") await signIn(page, undefined, "in.learner", DEMO_PASSWORD);
      else await signIn(page, "ke", "ke.learner", DEMO_PASSWORD);
      await expect(page).toHaveURL(/\/dashboard$/, { timeout: SIGN_IN_MS });
      await page.goto(page.url().replace(/\/dashboard$/, "/profile"));
      // Whatever language an earlier journey left this learner in, the journey starts from English.
      if ((await page.locator("html").getAttribute("lang")) !== "en") {
        await page.locator('select[name="locale"]').selectOption("en");
        await page.locator('form:has(select[name="locale"]) button[type="submit"]').click();
        await expect(page.locator('select[name="locale"]')).toHaveValue("en");
        await page.waitForLoadState("networkidle");
        await page.reload();
        await expect(page.locator("html")).toHaveAttribute("lang", "en");
      }
      await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
      await page.getByLabel(/Preferred language/).selectOption("fr");
      await page.getByRole("button", { name: "Save" }).click();
      // The page that saved is drawn again in the new language, its document's too; so is the next one.
      await expect(page.getByText("Votre profil a été enregistré.")).toBeVisible({ timeout: SIGN_IN_MS });
      await expect(page.locator("html")).toHaveAttribute("lang", "fr");
      await expect(page.getByLabel(/Langue préférée/)).toHaveValue("fr");

      await openMenu(page);
      await page.getByRole("navigation").locator('a[href="/dashboard"]').first().click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tableau de bord");
      await expect(page.locator("html")).toHaveAttribute("lang", "fr");
      expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
      await checkPage(page);
      if (isPhone(page)) await expect(page.getByTestId("site-menu")).toBeVisible();

      // Back to English for the journeys after this one.
      await page.goto(page.url().replace(/\/dashboard$/, "/profile"));
      await page.getByLabel(/Langue préférée/).selectOption("en");
      await page.getByRole("button", { name: "Enregistrer" }).click();
      await expect(page.getByText("Your profile has been saved.")).toBeVisible({ timeout: SIGN_IN_MS });
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
    });

    test("Preferences: the language and, per kind, e-mail on or off; account e-mails are not switchable", async ({
      page,
    }) => {
      const [host, username] = size.name === "phone" ? ["be", "be.coordinator"] : ["ke", "ke.coordinator"];
      await signIn(page, host, username, DEMO_PASSWORD);
      await expect(page).toHaveURL(/\/dashboard$/, { timeout: SIGN_IN_MS });
      await useEnglishIfNeeded(page);
      await openMenu(page);
      await page.getByLabel("User menu").click();
      await page.getByRole("link", { name: "Preferences" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Preferences");
      const reminders = page.getByRole("group", { name: /^Reminders/ }).getByRole("checkbox", { name: "E-mail" });
      await expect(reminders).toBeChecked();
      await expect(page.getByText("E-mails about your account")).toBeVisible();
      await expect(page.getByRole("checkbox", { name: /password/i })).toHaveCount(0);
      await checkPage(page);
      await reminders.uncheck();
      await page.getByRole("button", { name: "Save preferences" }).click();
      await expect(page.getByText("Your preferences have been saved.")).toBeVisible();
      await page.reload();
      await expect(
        page.getByRole("group", { name: /^Reminders/ }).getByRole("checkbox", { name: "E-mail" }),
      ).not.toBeChecked();
      await expect(
        page.getByRole("group", { name: /^Certificates/ }).getByRole("checkbox", { name: "E-mail" }),
      ).toBeChecked();
      await page
        .getByRole("group", { name: /^Reminders/ })
        .getByRole("checkbox", { name: "E-mail" })
        .check();
      await page.getByRole("button", { name: "Save preferences" }).click();
      await expect(page.getByText("Your preferences have been saved.")).toBeVisible();
      // The Academy has its own Preferences, for its own accounts: the coordinator is not signed in there.
      await page.goto(siteUrl("academy", "/preferences"));
      await expect(page).toHaveURL(/\/sign-in/);
    });

    test("saved searches: save, view, set as the default view, rename and delete with a confirmation", async ({
      page,
    }) => {
      const [host, username] = size.name === "phone" ? ["br", "br.learner"] : ["ke", "ke.learner"];
      await signIn(page, host, username, DEMO_PASSWORD);
      await expect(page).toHaveURL(/\/dashboard$/, { timeout: SIGN_IN_MS });
      await useEnglishIfNeeded(page);
      const base = page.url().replace(/\/dashboard$/, "");
      await page.goto(`${base}/record-of-learning`);
      const word = "customs";
      await page.getByLabel("Search by title").fill(word);
      await page.getByRole("button", { name: "Search", exact: true }).click();
      await page.getByLabel("Name of the search").fill(`Mine ${size.name}`);
      await page.getByRole("button", { name: "Save this search" }).click();
      await expect(page.getByText("The search has been saved.")).toBeVisible();
      const saved = page.getByTestId("saved-search").filter({ hasText: `Mine ${size.name}` });
      await saved.getByRole("button", { name: /Set as your default view/ }).click();
      await expect(page.getByText("Your Record of Learning now opens with this search.")).toBeVisible();
      await checkPage(page);

      // The Record of Learning now opens with it; "All courses" shows everything.
      await page.goto(`${base}/record-of-learning`);
      await expect(page.getByLabel("Search by title")).toHaveValue(word);
      await expect(saved).toContainText("Your default view");
      await page.getByRole("link", { name: "All courses" }).click();
      await expect(page.getByLabel("Search by title")).toHaveValue("");

      await page.getByRole("link", { name: "Manage your saved searches" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your saved searches");
      const managed = page
        .getByTestId("managed-search")
        .filter({ has: page.locator(`input[value="Mine ${size.name}"]`) });
      await managed.getByLabel(/^Name/).fill(`Renamed ${size.name}`);
      await managed.getByRole("button", { name: "Rename" }).click();
      await expect(page.getByText("The search has been renamed.")).toBeVisible();
      await checkPage(page);
      const renamed = page
        .getByTestId("managed-search")
        .filter({ has: page.locator(`input[value="Renamed ${size.name}"]`) });
      await renamed.getByRole("button", { name: /^Delete/ }).click();
      const dialog = page.getByRole("dialog");
      await expect(dialog).toContainText(`Delete the saved search “Renamed ${size.name}”?`);
      await dialog.getByRole("button", { name: "Yes, continue" }).click();
      await expect(page.getByText("The saved search has been deleted.")).toBeVisible();
      await expect(page.getByTestId("managed-search")).toHaveCount(0);
    });

    test("the sign-in page: first time here, the National Coordinators, the FAQ, and help in every footer", async ({
      page,
    }) => {
      await page.goto(siteUrl("ke", "/login"));
      await expect(page).toHaveURL(/\/sign-in$/);
      await expect(page.getByRole("heading", { name: "Is this your first time here?" })).toBeVisible();
      await expect(page.getByText("restricted to Customs officials from WCO Member administrations")).toBeVisible();
      await expect(page.getByRole("link", { name: "Create new account" })).toBeVisible();
      await checkPage(page);
      await page.getByRole("link", { name: "The list of National Coordinators" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("National Coordinators");
      await expect(page.getByTestId("coordinator-row")).toHaveText([/Kenya\s*David Otieno/]);
      await checkPage(page);
      await page.goto(siteUrl(undefined, "/coordinators"));
      expect(await page.getByTestId("coordinator-row").count()).toBeGreaterThan(100);
      expect(await page.locator("main").innerText()).not.toContain("@");
      // The Academy's store is for the private sector: it has no such list.
      expect((await page.goto(siteUrl("academy", "/coordinators")))?.status()).toBe(404);
      await page.goto(siteUrl(undefined, "/sign-in"));
      await page.getByRole("link", { name: "FAQ", exact: true }).first().click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Frequently asked questions");
      await checkPage(page);
      for (const subdomain of [undefined, "ke", "academy"]) {
        await page.goto(siteUrl(subdomain, "/"));
        await page.locator("footer").getByRole("link", { name: "Help and contact" }).click();
        await expect(page.getByRole("heading", { level: 1 })).toHaveText("Help and contact");
      }
      await checkPage(page);
    });

    test("WCO staff write the FAQ in Arabic; every space without its own shows it, right to left", async ({ page }) => {
      await signIn(page, undefined, "wco.admin", DEMO_PASSWORD);
      await expect(page).toHaveURL(/\/dashboard$/, { timeout: SIGN_IN_MS });
      await page.goto(siteUrl(undefined, "/author/help-pages?kind=FAQ&locale=ar"));
      await checkPage(page);
      const body = `كيف أسجل؟ ${size.name}`;
      await page.getByLabel(/^Text/).fill(body);
      await page.getByRole("button", { name: "Save the page" }).click();
      await expect(page.getByText("The page has been saved.")).toBeVisible();
      await page.goto(siteUrl(undefined, "/author/help-pages?kind=FAQ&locale=ar"));
      await expect(page.getByLabel(/^Text/)).toHaveValue(body);

      const reader = await page.context().browser()!.newContext({ viewport: page.viewportSize()! });
      const visitor = await reader.newPage();
      await visitor.goto(siteUrl("ke", "/"));
      await openMenu(visitor);
      await visitor.locator("details:has(> ul button[lang=ar]) > summary").click();
      await visitor.getByRole("button", { name: "العربية", exact: true }).click();
      await expect(visitor.locator("html")).toHaveAttribute("dir", "rtl");
      await visitor.goto(siteUrl("ke", "/faq"));
      await expect(visitor.getByTestId("help-body")).toHaveText(body);
      await checkPage(visitor);
      // A visitor may not write it: sent to sign in.
      await visitor.goto(siteUrl("ke", "/author/help-pages"));
      await expect(visitor).toHaveURL(/\/sign-in\?returnTo=%2Fauthor%2Fhelp-pages$/);
      await reader.close();
    });
  });
}

/** Demo coordinators and learners may prefer another language; the journeys read English. */
async function useEnglishIfNeeded(page: Page) {
  if ((await page.locator("html").getAttribute("lang")) === "en") return;
  await openMenu(page);
  await page.locator("details:has(> ul button[lang=en]) > summary").click();
  await page.getByRole("button", { name: "English", exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
}
