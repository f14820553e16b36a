import { confirmRegistration } from "@/lib/accounts/confirm-registration";
import { decideRegistration } from "@/lib/accounts/decide-registration";
import { listRegistrationTasks } from "@/lib/accounts/list-registration-tasks";
import {
  registerApplicant,
  REGISTRATION_LIMIT_PER_ADDRESS,
  REGISTRATION_LIMIT_PER_IDENTIFIER,
} from "@/lib/accounts/register-applicant";
import { setAdministrationApprover } from "@/lib/accounts/set-administration-approver";
import { authenticate } from "@/lib/auth/authenticate";
import { Conflict, Forbidden, Invalid, NotFound } from "@/lib/errors";
import { lastEmailTo, tokenIn } from "../helpers/outbox";
import { siteFor } from "../helpers/sites";
import { setUpTestDatabase } from "../helpers/test-database";

const db = setUpTestDatabase();
let counter = 0;

function application(overrides: Record<string, string> = {}) {
  const n = ++counter;
  return {
    username: `applicant${n}`,
    email: `applicant${n}@customs.example`,
    password: "a sound passphrase for customs",
    firstName: "Wanjiku",
    lastName: `Kamau${n}`,
    position: "Customs officer",
    locale: "fr",
    acceptTerms: "on",
    administration: "",
    ...overrides,
  };
}

async function deciderFor(username: string) {
  const user = await db.owner.user.findUniqueOrThrow({ where: { username } });
  return {
    id: user.id,
    homeTenantId: user.tenantId,
    roles: user.roles,
    firstName: user.firstName,
    lastName: user.lastName,
  };
}

async function registerAndConfirm(host: string, overrides: Record<string, string> = {}) {
  const input = application(overrides);
  await registerApplicant(await siteFor(host), input, `192.0.2.${counter % 250}`);
  const mail = await lastEmailTo(db.owner, input.email);
  const confirmed = await confirmRegistration(tokenIn(mail!.text));
  const request = await db.owner.registrationRequest.findFirstOrThrow({ where: { username: input.username } });
  return { input, confirmed, request };
}

describe("registration", () => {
  it("keeps what was typed out of the database until the e-mail is confirmed, and e-mails a link in the applicant's language", async () => {
    const input = application();
    await registerApplicant(await siteFor("ke"), input, "192.0.2.1");
    const request = await db.owner.registrationRequest.findFirstOrThrow({ where: { username: input.username } });
    const kenya = await db.owner.tenant.findUniqueOrThrow({ where: { slug: "ke" } });
    expect(request).toMatchObject({ status: "EMAIL_UNCONFIRMED", tenantId: kenya.id, email: input.email });
    expect(request.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await db.owner.user.count({ where: { username: input.username } })).toBe(0);
    const mail = await lastEmailTo(db.owner, input.email);
    expect(mail).toMatchObject({ locale: "fr", status: "QUEUED" });
    expect(mail!.text).toContain("http://ke.localhost:3000/register/confirm?token=");
  });

  it("fixes the organization to the administration of the space, whatever the form says", async () => {
    const input = application({ administration: "BE" });
    await registerApplicant(await siteFor("ke"), input, "192.0.2.2");
    const request = await db.owner.registrationRequest.findFirstOrThrow({
      where: { username: input.username },
      include: { tenant: true },
    });
    expect(request.tenant.slug).toBe("ke");
  });

  it("refuses bad input field by field, with message keys", async () => {
    const site = await siteFor("root");
    const bad = application({
      username: "x",
      email: "not-an-address",
      password: "password1234",
      firstName: "",
      acceptTerms: "",
      administration: "",
    });
    await expect(registerApplicant(site, bad, "192.0.2.3")).rejects.toEqual(
      new Invalid({
        username: "usernameFormat",
        email: "emailFormat",
        firstName: "required",
        acceptTerms: "termsRequired",
        administration: "administrationRequired",
        password: "passwordCommon",
      }),
    );
    await expect(
      registerApplicant(site, application({ administration: "IN", password: "short" }), "192.0.2.3"),
    ).rejects.toEqual(new Invalid({ password: "passwordTooShort" }));
  });

  it("says a username is taken, but answers the same for an address in use and e-mails its owner instead", async () => {
    const site = await siteFor("root");
    await expect(
      registerApplicant(site, application({ username: "ke.learner", administration: "IN" }), "192.0.2.4"),
    ).rejects.toEqual(new Invalid({ username: "usernameTaken" }));
    const reused = application({ email: "ke.learner@demo.clikc.test", administration: "IN" });
    await expect(registerApplicant(site, reused, "192.0.2.4")).resolves.toBeUndefined();
    expect(await db.owner.registrationRequest.count({ where: { username: reused.username } })).toBe(0);
    const mail = await lastEmailTo(db.owner, reused.email);
    expect(mail!.template).toBe("registrationAddressInUse");
    expect(mail!.text).toContain("http://ke.localhost:3000/forgot-password");
  });

  it("uses a confirmation link once, and not after it expires", async () => {
    const input = application({ administration: "IN" });
    await registerApplicant(await siteFor("root"), input, "192.0.2.5");
    const token = tokenIn((await lastEmailTo(db.owner, input.email))!.text);
    await db.owner.emailToken.updateMany({
      where: {
        purpose: "CONFIRM_REGISTRATION",
        expiresAt: { gt: new Date() },
        usedAt: null,
        subjectId: (await db.owner.registrationRequest.findFirstOrThrow({ where: { username: input.username } })).id,
      },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await confirmRegistration(token)).toBeNull();

    const { confirmed } = await registerAndConfirm("root", { administration: "IN" });
    expect(confirmed).toEqual({ administration: expect.any(String), accountOpened: false });
    expect(await confirmRegistration("not-a-real-token-but-long-enough")).toBeNull();
  });

  it("sends a confirmed request to the administration's approving coordinator, by e-mail and in the Tasks panel", async () => {
    const { request, confirmed } = await registerAndConfirm("ke");
    expect(confirmed).not.toBeNull();
    expect((await db.owner.registrationRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe(
      "AWAITING_APPROVAL",
    );
    const coordinatorMail = await lastEmailTo(db.owner, "ke.coordinator@demo.clikc.test");
    expect(coordinatorMail!.template).toBe("registrationToApprove");
    expect((await listRegistrationTasks(await deciderFor("ke.coordinator"))).map((t) => t.id)).toContain(request.id);
    // Neither another administration's coordinator nor the Secretariat sees it.
    expect((await listRegistrationTasks(await deciderFor("be.coordinator"))).map((t) => t.id)).not.toContain(
      request.id,
    );
    expect((await listRegistrationTasks(await deciderFor("wco.admin"))).map((t) => t.id)).not.toContain(request.id);
  });

  it("creates the account when the coordinator accepts, records who decided, and tells the applicant", async () => {
    const { request, input } = await registerAndConfirm("ke");
    const coordinator = await deciderFor("ke.coordinator");
    const { userId } = await decideRegistration(coordinator, request.id, { accept: true });
    const decided = await db.owner.registrationRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(decided).toMatchObject({ status: "ACCEPTED", decidedById: coordinator.id, createdUserId: userId });
    expect(decided.decidedAt).toBeInstanceOf(Date);
    expect((await lastEmailTo(db.owner, input.email))!.template).toBe("registrationAccepted");
    const signedIn = await authenticate({
      identifier: input.username,
      password: input.password,
      address: "192.0.2.200",
      site: await siteFor("ke"),
    });
    expect(signedIn).toMatchObject({ ok: true });
    await expect(decideRegistration(coordinator, request.id, { accept: true })).rejects.toBeInstanceOf(Conflict);
  });

  it("creates nothing when the coordinator rejects, and sends the reason", async () => {
    const { request, input } = await registerAndConfirm("ke");
    await decideRegistration(await deciderFor("ke.coordinator"), request.id, {
      accept: false,
      reason: "Not a Customs officer",
    });
    const decided = await db.owner.registrationRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(decided).toMatchObject({ status: "REJECTED", decisionReason: "Not a Customs officer", passwordHash: "" });
    expect(await db.owner.user.count({ where: { username: input.username } })).toBe(0);
    const mail = await lastEmailTo(db.owner, input.email);
    expect(mail!.template).toBe("registrationRejectedWithReason");
    expect(mail!.text).toContain("Not a Customs officer");
  });

  it("refuses the wrong approver as if the request did not exist, and changes nothing", async () => {
    const { request } = await registerAndConfirm("ke");
    for (const username of ["be.coordinator", "wco.admin", "ke.learner", "academy.manager"]) {
      await expect(decideRegistration(await deciderFor(username), request.id, { accept: true })).rejects.toBeInstanceOf(
        NotFound,
      );
    }
    expect((await db.owner.registrationRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe(
      "AWAITING_APPROVAL",
    );
  });

  it("sends requests of an administration without a coordinator to the WCO Secretariat", async () => {
    const { request } = await registerAndConfirm("root", { administration: "IN" });
    expect((await lastEmailTo(db.owner, "wco.admin@demo.clikc.test"))!.template).toBe("registrationToApprove");
    const admin = await deciderFor("wco.admin");
    expect((await listRegistrationTasks(admin)).map((t) => t.id)).toContain(request.id);
    await expect(
      decideRegistration(await deciderFor("ke.coordinator"), request.id, { accept: true }),
    ).rejects.toBeInstanceOf(NotFound);
    const { userId } = await decideRegistration(admin, request.id, { accept: true });
    const user = await db.owner.user.findUniqueOrThrow({ where: { id: userId! }, include: { tenant: true } });
    expect(user.tenant.countryCode).toBe("IN");
  });

  it("lets only WCO admins name an administration's approver, who must be its active coordinator", async () => {
    await expect(setAdministrationApprover(await deciderFor("ke.coordinator"), "IN", null)).rejects.toBeInstanceOf(
      Forbidden,
    );
    const admin = await deciderFor("wco.admin");
    await expect(setAdministrationApprover(admin, "KE", "ke.learner")).rejects.toEqual(
      new Invalid({ approver: "approverNotCoordinator" }),
    );
    await expect(setAdministrationApprover(admin, "KE", "be.coordinator")).rejects.toEqual(
      new Invalid({ approver: "approverNotCoordinator" }),
    );
    await setAdministrationApprover(admin, "KE", null);
    expect((await db.owner.tenant.findUniqueOrThrow({ where: { slug: "ke" } })).approverId).toBeNull();
    await setAdministrationApprover(admin, "KE", "ke.coordinator");
    const coordinator = await db.owner.user.findUniqueOrThrow({ where: { username: "ke.coordinator" } });
    expect((await db.owner.tenant.findUniqueOrThrow({ where: { slug: "ke" } })).approverId).toBe(coordinator.id);
    const audit = await db.owner.auditEvent.findMany({
      where: { action: "tenant.approver.set" },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((e) => [e.actorId, e.before, e.after])).toEqual([
      [admin.id, { approverId: coordinator.id }, { approverId: null }],
      [admin.id, { approverId: null }, { approverId: coordinator.id }],
    ]);
  });

  it("limits registrations per address", async () => {
    const site = await siteFor("root");
    for (let i = 0; i < 10; i++) await registerApplicant(site, application({ administration: "IN" }), "198.18.0.9");
    await expect(registerApplicant(site, application({ administration: "IN" }), "198.18.0.9")).rejects.toEqual(
      new Invalid({ form: "rateLimited" }),
    );
  });
});

describe("security hardening", () => {
  it("item 9: limits registration attempts per username, from any address, before saying whether it is taken", async () => {
    const site = await siteFor("root");
    const tries = REGISTRATION_LIMIT_PER_IDENTIFIER.limit;
    for (let i = 0; i < tries; i++) {
      await expect(
        registerApplicant(site, application({ username: "ke.coordinator", administration: "IN" }), `198.19.1.${i}`),
      ).rejects.toEqual(new Invalid({ username: "usernameTaken" }));
    }
    // A new address does not help: the username itself is limited, taken or free.
    await expect(
      registerApplicant(site, application({ username: "ke.coordinator", administration: "IN" }), "198.19.2.1"),
    ).rejects.toEqual(new Invalid({ form: "rateLimited" }));
    for (let i = 0; i < tries; i++)
      await registerApplicant(
        site,
        application({ username: "free.name", email: `free${i}@customs.example`, administration: "IN" }),
        `198.19.3.${i}`,
      ).catch(() => undefined);
    await expect(
      registerApplicant(site, application({ username: "free.name", administration: "IN" }), "198.19.4.1"),
    ).rejects.toEqual(new Invalid({ form: "rateLimited" }));
    // Per address too, across usernames.
    for (let i = 0; i < REGISTRATION_LIMIT_PER_ADDRESS.limit; i++)
      await registerApplicant(site, application({ administration: "IN" }), "198.19.5.1").catch(() => undefined);
    await expect(registerApplicant(site, application({ administration: "IN" }), "198.19.5.1")).rejects.toEqual(
      new Invalid({ form: "rateLimited" }),
    );
    await db.owner.rateLimitBucket.deleteMany();
  }, 120_000);
});
