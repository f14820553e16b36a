import { readProfilePhoto } from "@/lib/accounts/read-profile-photo";
import { saveProfilePhoto } from "@/lib/accounts/save-profile-photo";
import { MAX_PHOTO_BYTES } from "@/lib/accounts/schemas";
import { detectImageType } from "@/lib/image-type";
import { RESET_ANSWER_MS, requestPasswordReset } from "@/lib/accounts/request-password-reset";
import { changePassword } from "@/lib/accounts/change-password";
import { resetLinkIsValid } from "@/lib/accounts/reset-link-is-valid";
import { resetPassword } from "@/lib/accounts/reset-password";
import { updateProfile } from "@/lib/accounts/update-profile";
import { authenticate } from "@/lib/auth/authenticate";
import { loadViewer } from "@/lib/auth/load-viewer";
import { Invalid } from "@/lib/errors";
import { DEMO_PASSWORD } from "@/prisma/seed/demo-accounts";
import { lastEmailTo, tokenIn } from "../helpers/outbox";
import { siteFor } from "../helpers/sites";
import { setUpTestDatabase } from "../helpers/test-database";

const db = setUpTestDatabase();
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

async function account(username: string) {
  return db.owner.user.findUniqueOrThrow({ where: { username } });
}

describe("forgot username or password", () => {
  it("answers the same, in about the same time, whether the account exists or not", async () => {
    const time = async (identifier: string) => {
      const start = Date.now();
      const { queued } = await requestPasswordReset(identifier, "203.0.113.50");
      const answeredAfter = Date.now() - start;
      await queued;
      return answeredAfter;
    };
    await (
      await requestPasswordReset("academy.manager", "203.0.113.49")
    ).queued; // warm up the connections
    const known = await time("jo.learner");
    const unknown = await time("nobody@example.test");
    expect(known).toBeGreaterThanOrEqual(RESET_ANSWER_MS - 5);
    expect(unknown).toBeGreaterThanOrEqual(RESET_ANSWER_MS - 5);
    expect(Math.abs(known - unknown)).toBeLessThan(150);
    expect((await lastEmailTo(db.owner, "jo.learner@demo.clikc.test"))!.template).toBe("passwordReset");
    expect(await db.owner.emailMessage.count({ where: { toAddress: "nobody@example.test" } })).toBe(0);
  });

  it("mails a link in the account's language to its own site, usable once, that ends every session", async () => {
    const before = await account("be.learner");
    await (
      await requestPasswordReset("BE.LEARNER@demo.clikc.test", "203.0.113.51")
    ).queued;
    const mail = await lastEmailTo(db.owner, before.email);
    expect(mail).toMatchObject({ locale: "fr", template: "passwordReset" });
    expect(mail!.text).toContain("http://be.localhost:3000/reset-password?token=");
    const token = tokenIn(mail!.text);

    // A refused password does not use up the link.
    await expect(resetPassword(token, { password: "short", confirmation: "short" })).rejects.toEqual(
      new Invalid({ password: "passwordTooShort" }),
    );
    await expect(
      resetPassword(token, { password: "a brand new passphrase", confirmation: "another one entirely" }),
    ).rejects.toEqual(new Invalid({ confirmation: "passwordMismatch" }));
    expect(await resetLinkIsValid(token)).toBe(true);

    await resetPassword(token, { password: "a brand new passphrase", confirmation: "a brand new passphrase" });
    expect(await resetLinkIsValid(token)).toBe(false);
    await expect(
      resetPassword(token, { password: "yet another passphrase", confirmation: "yet another passphrase" }),
    ).rejects.toEqual(new Invalid({ form: "linkInvalid" }));

    const after = await account("be.learner");
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await loadViewer(before.id, before.sessionVersion, await siteFor("be"))).toBeNull();
    const site = await siteFor("be");
    expect(
      await authenticate({
        identifier: "be.learner",
        password: "a brand new passphrase",
        address: "203.0.113.52",
        site,
      }),
    ).toMatchObject({ ok: true });
    expect(
      await authenticate({ identifier: "be.learner", password: DEMO_PASSWORD, address: "203.0.113.52", site }),
    ).toEqual({ ok: false, refusal: "invalid" });
    expect((await lastEmailTo(db.owner, before.email))!.template).toBe("passwordChanged");
  });

  it("speaks to an Academy customer in the Academy's words, with no National Coordinator to tell", async () => {
    await (
      await requestPasswordReset("academy.buyer", "203.0.113.54")
    ).queued;
    const address = "academy.buyer@demo.clikc.test";
    const mail = await lastEmailTo(db.owner, address);
    expect(mail).toMatchObject({ template: "academyPasswordReset", subject: "Choose a new WCO Academy password" });
    expect(mail!.text).toContain("http://academy.localhost:3000/reset-password?token=");
    await resetPassword(tokenIn(mail!.text), {
      password: "a brand new passphrase",
      confirmation: "a brand new passphrase",
    });
    const changed = await lastEmailTo(db.owner, address);
    expect(changed).toMatchObject({ template: "academyPasswordChanged" });
    for (const text of [mail!.text, changed!.text]) expect(text).not.toMatch(/National Coordinator|CLiKC/);
  });

  it("refuses an expired link", async () => {
    await (
      await requestPasswordReset("br.learner", "203.0.113.53")
    ).queued;
    const token = tokenIn((await lastEmailTo(db.owner, "br.learner@demo.clikc.test"))!.text);
    await db.owner.emailToken.updateMany({
      where: { purpose: "RESET_PASSWORD", usedAt: null },
      data: { expiresAt: new Date(Date.now() - 1) },
    });
    expect(await resetLinkIsValid(token)).toBe(false);
    await expect(
      resetPassword(token, { password: "a brand new passphrase", confirmation: "a brand new passphrase" }),
    ).rejects.toEqual(new Invalid({ form: "linkInvalid" }));
  });

  it("sends nothing for suspended accounts and beyond the rate limit", async () => {
    const count = () =>
      db.owner.emailMessage.count({ where: { toAddress: "ru.learner@demo.clikc.test", template: "passwordReset" } });
    for (let i = 0; i < 5; i++) await (await requestPasswordReset("ru.learner", `203.0.113.${60 + i}`)).queued;
    expect(await count()).toBe(3);
    await db.owner.user.update({ where: { username: "in.learner" }, data: { status: "SUSPENDED" } });
    await (
      await requestPasswordReset("in.learner", "203.0.113.70")
    ).queued;
    expect(await db.owner.emailMessage.count({ where: { toAddress: "in.learner@demo.clikc.test" } })).toBe(0);
    await db.owner.user.update({ where: { username: "in.learner" }, data: { status: "ACTIVE" } });
  });
});

describe("profile", () => {
  const ctxOf = (user: { tenantId: string }) => ({ tenantId: user.tenantId, audience: "CUSTOMS" as const });

  it("saves the name, position and preferred language", async () => {
    const user = await account("ke.learner");
    await updateProfile(ctxOf(user), user.id, {
      firstName: " Amina ",
      lastName: "Wanjiru-Otieno",
      position: "",
      locale: "ar",
    });
    expect(await account("ke.learner")).toMatchObject({
      firstName: "Amina",
      lastName: "Wanjiru-Otieno",
      position: null,
      locale: "ar",
    });
    await expect(updateProfile(ctxOf(user), user.id, { firstName: "", lastName: "X", locale: "xx" })).rejects.toEqual(
      new Invalid({ firstName: "required", locale: "required" }),
    );
  });

  it("cannot edit another tenant's user", async () => {
    const kenyan = await account("ke.learner");
    const belgian = await account("be.coordinator");
    await expect(
      updateProfile(ctxOf(kenyan), belgian.id, { firstName: "Hacked", lastName: "X", locale: "en" }),
    ).rejects.toThrow();
    expect((await account("be.coordinator")).firstName).toBe(belgian.firstName);
  });

  it("changes the password only with the current one, and ends other sessions", async () => {
    const user = await account("jo.learner");
    await expect(
      changePassword(ctxOf(user), user.id, {
        currentPassword: "wrong",
        password: "a new passphrase here",
        confirmation: "a new passphrase here",
      }),
    ).rejects.toEqual(new Invalid({ currentPassword: "currentPasswordWrong" }));
    await changePassword(ctxOf(user), user.id, {
      currentPassword: DEMO_PASSWORD,
      password: "a new passphrase here",
      confirmation: "a new passphrase here",
    });
    expect((await account("jo.learner")).sessionVersion).toBe(user.sessionVersion + 1);
  });

  it("accepts photos by their content and size only, and shows them only inside the tenant", async () => {
    const user = await account("ke.coordinator");
    await expect(
      saveProfilePhoto(ctxOf(user), user.id, new TextEncoder().encode("<svg onload=alert(1)>")),
    ).rejects.toEqual(new Invalid({ photo: "photoType" }));
    const tooLarge = new Uint8Array(MAX_PHOTO_BYTES + 1);
    tooLarge.set(PNG);
    await expect(saveProfilePhoto(ctxOf(user), user.id, tooLarge)).rejects.toEqual(
      new Invalid({ photo: "photoTooLarge" }),
    );
    await saveProfilePhoto(ctxOf(user), user.id, PNG);
    expect(await readProfilePhoto(ctxOf(user), user.id)).toMatchObject({ contentType: "image/png" });
    const belgian = await account("be.learner");
    expect(await readProfilePhoto(ctxOf(belgian), user.id)).toBeNull();
    expect(detectImageType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe("image/jpeg");
  });
});
