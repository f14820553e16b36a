// Changing an account's e-mail address, from the coordinator's Team form and from the user's own profile: the new
// address confirms by a single-use, expiring link (stored hashed), the current address is told without the new one,
// an address already in use is never revealed to the asker, the requests are rate-limited and every step is
// audited. Another administration's coordinator, a learner and an Academy account cannot change anyone's address.
import { createHash } from "node:crypto";
import { changeOwnEmail } from "@/lib/accounts/change-own-email";
import { confirmEmailChange } from "@/lib/accounts/confirm-email-change";
import { EMAIL_CHANGES_PER_ACCOUNT } from "@/lib/accounts/email-change";
import { getProfile } from "@/lib/accounts/get-profile";
import { Invalid, NotFound } from "@/lib/errors";
import { changeTeamMemberEmail } from "@/lib/team/change-team-member-email";
import { getTeamMember } from "@/lib/team/get-team-member";
import { demoEmail, DEMO_PASSWORD } from "@/prisma/seed/demo-accounts";
import { lastEmailTo, tokenIn } from "../helpers/outbox";
import { setUpTestDatabase } from "../helpers/test-database";
import { managerOf } from "../helpers/managers";

const db = setUpTestDatabase();

async function account(username: string) {
  return db.owner.user.findUniqueOrThrow({ where: { username } });
}

const manager = (username: string) => managerOf(db.owner, username);

/** A fresh officer of Kenya (rate limits count per account, so each test has its own). */
let officers = 0;
async function kenyanOfficer() {
  const learner = await account("ke.learner");
  const n = ++officers;
  return db.owner.user.create({
    data: {
      tenantId: learner.tenantId,
      username: `ke.mover${n}`,
      email: `ke.mover${n}@example.test`,
      passwordHash: learner.passwordHash,
      firstName: `Mover${n}`,
      lastName: "Kiprop",
      locale: "en",
    },
  });
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => (error instanceof Invalid ? error.fields : error instanceof NotFound ? "NotFound" : error),
  );

const changeTokens = (subjectId: string) =>
  db.owner.emailToken.findMany({ where: { purpose: "CHANGE_EMAIL", subjectId }, orderBy: { createdAt: "asc" } });

describe("a coordinator changes a user's address", () => {
  it("sends a link to the new address and a notice without it to the current one; the address changes on confirmation", async () => {
    const coordinator = await manager("ke.coordinator");
    const officer = await kenyanOfficer();
    await changeTeamMemberEmail(coordinator, officer.id, { email: "  Grace.New@Example.TEST " });

    // Nothing changes until the link is used; the Team page shows the address waiting for confirmation.
    expect((await account(officer.username)).email).toBe(officer.email);
    expect((await getTeamMember(coordinator, officer.id)).profile).toMatchObject({
      email: officer.email,
      pendingEmail: "grace.new@example.test",
    });

    const confirmation = (await lastEmailTo(db.owner, "grace.new@example.test"))!;
    expect(confirmation.template).toBe("emailChangeConfirm");
    expect(confirmation.text).toContain("/confirm-email?token=");
    const token = tokenIn(confirmation.text);
    // The table keeps the token's hash, never the token.
    const [stored] = await changeTokens(officer.id);
    expect(stored.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(stored.tokenHash).not.toContain(token);
    // Expires after 24 hours (the database's clock wrote createdAt, the application's expiresAt).
    expect(Math.abs(stored.expiresAt.getTime() - stored.createdAt.getTime() - 24 * 60 * 60_000)).toBeLessThan(60_000);

    const notice = (await lastEmailTo(db.owner, officer.email))!;
    expect(notice.template).toBe("emailChangeRequested");
    expect(notice.text).not.toContain("grace.new");
    expect(notice.text).not.toContain("token=");

    expect(await confirmEmailChange(token)).toEqual({ email: "grace.new@example.test" });
    expect((await account(officer.username)).email).toBe("grace.new@example.test");
    expect((await getTeamMember(coordinator, officer.id)).profile.pendingEmail).toBeNull();
    // Single use.
    expect(await confirmEmailChange(token)).toBeNull();

    const events = await db.owner.auditEvent.findMany({
      where: { targetId: officer.id },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => [e.action, e.actorId, e.before, e.after])).toEqual([
      ["user.email.request", coordinator.id, { email: officer.email }, { newEmail: "grace.new@example.test" }],
      ["user.email.change", officer.id, { email: officer.email }, { email: "grace.new@example.test" }],
    ]);
  });

  it("answers the same for an address already in use: its owner is told nothing changed, and the link never arrives", async () => {
    const coordinator = await manager("ke.coordinator");
    const officer = await kenyanOfficer();
    const taken = demoEmail("be.learner");
    const before = await db.owner.emailMessage.count({ where: { toAddress: taken } });
    expect(await refusal(changeTeamMemberEmail(coordinator, officer.id, { email: taken }))).toBeNull();
    expect((await getTeamMember(coordinator, officer.id)).profile.pendingEmail).toBe(taken);

    expect(await db.owner.emailMessage.count({ where: { toAddress: taken } })).toBe(before + 1);
    const mail = (await lastEmailTo(db.owner, taken))!;
    expect(mail.template).toBe("emailChangeAddressInUse");
    expect(mail.text).not.toContain("confirm-email");
    expect((await lastEmailTo(db.owner, officer.email))!.template).toBe("emailChangeRequested");
    expect((await account(officer.username)).email).toBe(officer.email);
    expect((await account("be.learner")).email).toBe(taken);
  });

  it("refuses a malformed or unchanged address with a field message, sending nothing", async () => {
    const coordinator = await manager("ke.coordinator");
    const officer = await kenyanOfficer();
    expect(await refusal(changeTeamMemberEmail(coordinator, officer.id, { email: "not an address" }))).toEqual({
      email: "emailFormat",
    });
    expect(
      await refusal(changeTeamMemberEmail(coordinator, officer.id, { email: officer.email.toUpperCase() })),
    ).toEqual({
      email: "emailUnchanged",
    });
    expect(await changeTokens(officer.id)).toEqual([]);
    expect(await db.owner.emailMessage.count({ where: { toAddress: officer.email } })).toBe(0);
  });

  it("a newer request withdraws the earlier link; an expired link changes nothing", async () => {
    const coordinator = await manager("ke.coordinator");
    const officer = await kenyanOfficer();
    await changeTeamMemberEmail(coordinator, officer.id, { email: "first.choice@example.test" });
    const first = tokenIn((await lastEmailTo(db.owner, "first.choice@example.test"))!.text);
    await changeTeamMemberEmail(coordinator, officer.id, { email: "second.choice@example.test" });
    const second = tokenIn((await lastEmailTo(db.owner, "second.choice@example.test"))!.text);
    expect(await confirmEmailChange(first)).toBeNull();
    expect((await account(officer.username)).email).toBe(officer.email);

    await db.owner.emailToken.updateMany({
      where: { purpose: "CHANGE_EMAIL", subjectId: officer.id, usedAt: null },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await confirmEmailChange(second)).toBeNull();
    expect((await account(officer.username)).email).toBe(officer.email);
  });

  it("does not confirm an address that another account took in the meantime", async () => {
    const coordinator = await manager("ke.coordinator");
    const officer = await kenyanOfficer();
    await changeTeamMemberEmail(coordinator, officer.id, { email: "contested@example.test" });
    const token = tokenIn((await lastEmailTo(db.owner, "contested@example.test"))!.text);
    const rival = await kenyanOfficer();
    await db.owner.user.update({ where: { id: rival.id }, data: { email: "contested@example.test" } });
    expect(await confirmEmailChange(token)).toBeNull();
    expect((await account(officer.username)).email).toBe(officer.email);
  });

  it("is rate-limited per account like the other e-mails people can trigger", async () => {
    const coordinator = await manager("ke.coordinator");
    const officer = await kenyanOfficer();
    for (let i = 0; i < EMAIL_CHANGES_PER_ACCOUNT.limit; i++)
      await changeTeamMemberEmail(coordinator, officer.id, { email: `try${i}@example.test` });
    expect(await refusal(changeTeamMemberEmail(coordinator, officer.id, { email: "one.more@example.test" }))).toEqual({
      form: "rateLimited",
    });
    expect(await db.owner.emailMessage.count({ where: { toAddress: "one.more@example.test" } })).toBe(0);
  });

  it("another administration's coordinator, a learner and an Academy account get NotFound and change nothing", async () => {
    const officer = await kenyanOfficer();
    for (const username of ["be.coordinator", "ke.learner", "academy.buyer", "academy.manager"]) {
      expect(
        await refusal(
          changeTeamMemberEmail(await manager(username), officer.id, { email: `x.${username}@example.test` }),
        ),
      ).toBe("NotFound");
      expect(await db.owner.emailMessage.count({ where: { toAddress: `x.${username}@example.test` } })).toBe(0);
    }
    expect(await changeTokens(officer.id)).toEqual([]);
    expect(await db.owner.emailMessage.count({ where: { toAddress: officer.email } })).toBe(0);
    expect((await account(officer.username)).email).toBe(officer.email);
    expect(await db.owner.auditEvent.count({ where: { targetId: officer.id } })).toBe(0);
  });
});

describe("a user changes their own address", () => {
  it("gives their password again; a wrong one changes nothing, the right one sends the link", async () => {
    const officer = await kenyanOfficer();
    const ctx = { tenantId: officer.tenantId, audience: "CUSTOMS" as const };
    expect(
      await refusal(changeOwnEmail(ctx, officer.id, { email: "mine@example.test", currentPassword: "wrong one" })),
    ).toEqual({ currentPassword: "currentPasswordWrong" });
    expect(await refusal(changeOwnEmail(ctx, officer.id, { email: "mine@example.test", currentPassword: "" }))).toEqual(
      {
        currentPassword: "required",
      },
    );
    expect(await changeTokens(officer.id)).toEqual([]);

    await changeOwnEmail(ctx, officer.id, { email: "mine@example.test", currentPassword: DEMO_PASSWORD });
    expect((await getProfile(ctx, officer.id)).pendingEmail).toBe("mine@example.test");
    const token = tokenIn((await lastEmailTo(db.owner, "mine@example.test"))!.text);
    expect((await lastEmailTo(db.owner, officer.email))!.text).not.toContain("mine@");
    expect(await confirmEmailChange(token)).toEqual({ email: "mine@example.test" });
    expect(await getProfile(ctx, officer.id)).toMatchObject({ email: "mine@example.test", pendingEmail: null });
    const [request] = await db.owner.auditEvent.findMany({
      where: { targetId: officer.id, action: "user.email.request" },
    });
    expect(request.actorId).toBe(officer.id);
  });

  it("a link of another purpose or a made-up token confirms nothing", async () => {
    expect(await confirmEmailChange("x".repeat(43))).toBeNull();
    expect(await confirmEmailChange("not a token")).toBeNull();
  });
});
