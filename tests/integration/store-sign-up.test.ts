import { authenticate } from "@/lib/auth/authenticate";
import { confirmRegistration } from "@/lib/accounts/confirm-registration";
import { Invalid } from "@/lib/errors";
import { requestAcademySignUp } from "@/lib/store/sign-up";
import { lastEmailTo, linkIn } from "../helpers/outbox";
import { siteFor } from "../helpers/sites";
import { setUpTestDatabase } from "../helpers/test-database";

const db = setUpTestDatabase();
const PASSWORD = "incoterms and origin rules";
const form = (email: string) => ({
  firstName: "Nora",
  lastName: "Lind",
  email,
  password: PASSWORD,
  locale: "en",
  acceptTerms: "on" as const,
});
const tokenOf = (link: string) => new URL(link).searchParams.get("token")!;

describe("store sign-up", () => {
  it("reveals no account: a taken address gets the same answer and an e-mail pointing to the password reset", async () => {
    await expect(requestAcademySignUp(form("ke.learner@demo.clikc.test"), "203.0.113.1")).resolves.toBeUndefined();
    const mail = await lastEmailTo(db.owner, "ke.learner@demo.clikc.test");
    // In the Academy's words: no "CLiKC! account request" for a customer.
    expect(mail?.template).toBe("academyAddressInUse");
    expect(mail!.text).toContain("WCO Academy account");
    expect(linkIn(mail!.text)).toContain("/forgot-password");
    expect(await db.owner.registrationRequest.count({ where: { email: "ke.learner@demo.clikc.test" } })).toBe(0);
  });

  it("opens the Academy account when the confirmation link is followed, once, with no approval", async () => {
    await requestAcademySignUp(form("nora@trade.example"), "203.0.113.2");
    expect(await db.owner.user.count({ where: { email: "nora@trade.example" } })).toBe(0);
    const mail = await lastEmailTo(db.owner, "nora@trade.example");
    expect(mail?.template).toBe("academySignUpConfirm");
    const link = linkIn(mail!.text);
    expect(new URL(link).host).toMatch(/^academy\./);
    // A second sign-up with the same address while the first is open is answered the same, by another e-mail.
    await requestAcademySignUp(form("nora@trade.example"), "203.0.113.2");
    expect((await lastEmailTo(db.owner, "nora@trade.example"))?.template).toBe("academyAddressInUse");

    expect(await confirmRegistration(tokenOf(link))).toEqual({ administration: "WCO Academy", accountOpened: true });
    expect(await confirmRegistration(tokenOf(link))).toBeNull();
    const user = await db.owner.user.findUniqueOrThrow({
      where: { email: "nora@trade.example" },
      include: { tenant: true },
    });
    expect(user).toMatchObject({ username: "nora@trade.example", roles: ["LEARNER"], status: "ACTIVE" });
    expect(user.tenant.kind).toBe("ACADEMY");
    const signedIn = await authenticate({
      identifier: "nora@trade.example",
      password: PASSWORD,
      address: "203.0.113.2",
      site: await siteFor("academy"),
    });
    expect(signedIn.ok).toBe(true);
    const customsSite = await authenticate({
      identifier: "nora@trade.example",
      password: PASSWORD,
      address: "203.0.113.2",
      site: await siteFor("root"),
    });
    expect(customsSite).toEqual({ ok: false, refusal: "wrong_site" });
  });

  it("refuses bad input field by field, keeping nothing", async () => {
    await expect(
      requestAcademySignUp({ ...form("not-an-address"), password: "short" }, "203.0.113.3"),
    ).rejects.toBeInstanceOf(Invalid);
    expect(await db.owner.registrationRequest.count({ where: { email: "not-an-address" } })).toBe(0);
  });
});
