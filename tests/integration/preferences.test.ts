import { confirmRegistration } from "@/lib/accounts/confirm-registration";
import { registerApplicant } from "@/lib/accounts/register-applicant";
import { requestPasswordReset } from "@/lib/accounts/request-password-reset";
import { savePreferences } from "@/lib/accounts/save-preferences";
import { viewPreferences } from "@/lib/accounts/view-preferences";
import { sendCertificateExpiryReminders } from "@/lib/certificates/send-expiry-reminders";
import { Invalid, NotFound } from "@/lib/errors";
import { EMAIL_KINDS, emailKindOf } from "@/lib/notifications/email-kinds";
import { lastEmailTo, tokenIn } from "../helpers/outbox";
import { siteFor } from "../helpers/sites";
import { setUpTestDatabase } from "../helpers/test-database";

const db = setUpTestDatabase();
const ctxOf = (user: { tenantId: string }) => ({ tenantId: user.tenantId, audience: "CUSTOMS" as const });
const userNamed = (username: string) => db.owner.user.findUniqueOrThrow({ where: { username } });
const mailCount = (to: string, template: string) => db.owner.emailMessage.count({ where: { toAddress: to, template } });

describe("preferences", () => {
  it("stores the language and the kinds of e-mail turned off, and reads them back", async () => {
    const learner = await userNamed("ke.learner");
    const before = await viewPreferences(ctxOf(learner), learner.id);
    expect(before.emails.every((e) => e.on)).toBe(true);
    await savePreferences(ctxOf(learner), learner.id, { locale: "ar", emails: ["workshopDecisions", "bogus"] });
    const after = await viewPreferences(ctxOf(learner), learner.id);
    expect(after.locale).toBe("ar");
    expect(after.emails.filter((e) => e.on).map((e) => e.kind)).toEqual(["workshopDecisions"]);
    expect((await userNamed("ke.learner")).emailOptOuts.sort()).toEqual(
      [
        "announcements",
        "certificates",
        "discussionReplies",
        "messages",
        "registrationDecisions",
        "reminders",
        "requestsToDecide",
      ].sort(),
    );
    await expect(savePreferences(ctxOf(learner), learner.id, { locale: "xx", emails: [] })).rejects.toEqual(
      new Invalid({ locale: "required" }),
    );
    await savePreferences(ctxOf(learner), learner.id, { locale: "en", emails: Object.keys(EMAIL_KINDS) });
  });

  it("changes nothing of an account of another tenant, and reads none", async () => {
    const kenyan = await userNamed("ke.coordinator");
    const belgianCtx = ctxOf(await userNamed("be.learner"));
    await expect(savePreferences(belgianCtx, kenyan.id, { locale: "fr", emails: [] })).rejects.toBeInstanceOf(NotFound);
    await expect(viewPreferences(belgianCtx, kenyan.id)).rejects.toBeInstanceOf(NotFound);
    const unchanged = await userNamed("ke.coordinator");
    expect([unchanged.locale, unchanged.emailOptOuts]).toEqual([kenyan.locale, kenyan.emailOptOuts]);
  });

  it("sends no e-mail of a kind turned off, keeps the alert, and still sends account e-mails", async () => {
    // The Kenyan coordinator turns off requests to decide: a new registration reaches the Applications page only.
    const coordinator = await userNamed("ke.coordinator");
    await savePreferences(ctxOf(coordinator), coordinator.id, { locale: "en", emails: [] });
    const sentBefore = await mailCount(coordinator.email, "registrationToApprove");
    const applicant = {
      username: "prefs.applicant",
      email: "prefs.applicant@customs.example",
      password: "a sound passphrase for customs",
      firstName: "Juma",
      lastName: "Mwangi",
      position: "",
      locale: "en",
      acceptTerms: "on",
      administration: "",
    };
    await registerApplicant(await siteFor("ke"), applicant, "192.0.2.77");
    await confirmRegistration(tokenIn((await lastEmailTo(db.owner, applicant.email))!.text));
    expect(await mailCount(coordinator.email, "registrationToApprove")).toBe(sentBefore);
    expect(
      (await db.owner.registrationRequest.findFirstOrThrow({ where: { username: applicant.username } })).status,
    ).toBe("AWAITING_APPROVAL");

    // Password resets are account e-mails: no preference stops them.
    await (
      await requestPasswordReset(coordinator.username, "192.0.2.78")
    ).queued;
    expect((await lastEmailTo(db.owner, coordinator.email))!.template).toBe("passwordReset");
    expect(emailKindOf("passwordReset")).toBeNull();
    expect(emailKindOf("registrationConfirm")).toBeNull();
    await savePreferences(ctxOf(coordinator), coordinator.id, { locale: "en", emails: Object.keys(EMAIL_KINDS) });
  });

  it("a certificate about to expire is an alert only when certificate e-mails are off, an e-mail too when on", async () => {
    const [on, off] = await Promise.all([userNamed("br.learner"), userNamed("in.learner")]);
    await savePreferences(ctxOf(off), off.id, { locale: "en", emails: ["workshopDecisions", "reminders"] });
    const course = await db.owner.course.findFirstOrThrow({ where: { isCore: true, status: "PUBLISHED" } });
    const soon = new Date(Date.now() + 10 * 24 * 3600_000);
    for (const [user, code] of [
      [on, "PREFS-ON000-00000-00000"],
      [off, "PREFS-OFF00-00000-00000"],
    ] as const) {
      await db.owner.certificate.create({
        data: {
          tenantId: user.tenantId,
          userId: user.id,
          courseId: course.id,
          code,
          cycle: 90,
          locale: "en",
          holderName: `${user.firstName} ${user.lastName}`,
          courseTitle: "Preferences course",
          signatoryName: "Secretary General",
          expiresAt: soon,
        },
      });
    }
    await sendCertificateExpiryReminders();
    expect(await mailCount(on.email, "certificateExpiring")).toBe(1);
    expect(await mailCount(off.email, "certificateExpiring")).toBe(0);
    expect(await db.owner.alert.count({ where: { userId: off.id, kind: "certificateExpiring" } })).toBe(1);
  });
});
