import { authenticate, LOGIN_LIMIT_PER_ACCOUNT, LOGIN_LIMIT_PER_ADDRESS } from "@/lib/auth/authenticate";
import { loadViewer } from "@/lib/auth/load-viewer";
import { confirmRegistration } from "@/lib/accounts/confirm-registration";
import { decideRegistration } from "@/lib/accounts/decide-registration";
import { registerApplicant } from "@/lib/accounts/register-applicant";
import { lastEmailTo, tokenIn } from "../helpers/outbox";
import { DEMO_PASSWORD } from "@/prisma/seed/demo-accounts";
import { siteFor } from "../helpers/sites";
import { setUpTestDatabase } from "../helpers/test-database";

const db = setUpTestDatabase();
let addressCounter = 0;
/** A fresh client address per test, so the per-address limit only bites where a test wants it to. */
const nextAddress = () => `198.51.100.${++addressCounter}`;

async function signIn(identifier: string, password: string, host = "ke", address = nextAddress()) {
  return authenticate({ identifier, password, address, site: await siteFor(host) });
}

describe("sign-in", () => {
  it("accepts the username or the e-mail address, in any case", async () => {
    expect(await signIn("ke.learner", DEMO_PASSWORD)).toMatchObject({ ok: true });
    expect(await signIn("KE.Learner@demo.clikc.test", DEMO_PASSWORD)).toMatchObject({ ok: true });
  });

  it("records the time of the login", async () => {
    const before = Date.now();
    await signIn("ke.coordinator", DEMO_PASSWORD);
    const user = await db.owner.user.findUniqueOrThrow({ where: { username: "ke.coordinator" } });
    expect(user.lastLoginAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it("gives one answer whatever was wrong", async () => {
    const answers = await Promise.all([
      signIn("ke.learner", "wrong password"),
      signIn("nobody.here", DEMO_PASSWORD),
      signIn("nobody@example.test", "wrong password"),
      signIn("", ""),
    ]);
    expect(answers).toEqual(Array(4).fill({ ok: false, refusal: "invalid" }));
  });

  it("takes about as long for an unknown account as for a wrong password", async () => {
    const time = async (identifier: string) => {
      const start = process.hrtime.bigint();
      await signIn(identifier, "wrong password", "ke");
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    const known: number[] = [],
      unknown: number[] = [];
    for (let i = 0; i < 3; i++) {
      known.push(await time("ke.coordinator"));
      unknown.push(await time(`ghost${i}@example.test`));
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[1];
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.5);
    await db.owner.rateLimitBucket.deleteMany();
  });

  it("refuses an account on another administration's space, and admits WCO admins everywhere", async () => {
    expect(await signIn("ke.learner", DEMO_PASSWORD, "be")).toEqual({ ok: false, refusal: "wrong_site" });
    expect(await signIn("ke.learner", DEMO_PASSWORD, "academy")).toEqual({ ok: false, refusal: "wrong_site" });
    expect(await signIn("academy.buyer", DEMO_PASSWORD, "root")).toEqual({ ok: false, refusal: "wrong_site" });
    expect(await signIn("ke.learner", DEMO_PASSWORD, "root")).toMatchObject({ ok: true });
    expect(await signIn("academy.buyer", DEMO_PASSWORD, "academy")).toMatchObject({ ok: true });
    expect(await signIn("wco.admin", DEMO_PASSWORD, "be")).toMatchObject({ ok: true });
  });

  it("limits attempts per account, even from many addresses and even with the right password", async () => {
    for (let i = 0; i < LOGIN_LIMIT_PER_ACCOUNT.limit; i++) {
      expect(await signIn("br.learner", "wrong password", "br")).toEqual({ ok: false, refusal: "invalid" });
    }
    expect(await signIn("br.learner", DEMO_PASSWORD, "br")).toEqual({ ok: false, refusal: "rate_limited" });
    // Unknown accounts are limited the same way, so the limit reveals nothing either.
    for (let i = 0; i < LOGIN_LIMIT_PER_ACCOUNT.limit; i++) await signIn("ghost.account", "x", "br");
    expect(await signIn("ghost.account", "x", "br")).toEqual({ ok: false, refusal: "rate_limited" });
    // Another account is not affected.
    expect(await signIn("jo.learner", DEMO_PASSWORD, "jo")).toMatchObject({ ok: true });
  });

  it("limits attempts per address across accounts", async () => {
    const address = "203.0.113.7";
    const results = [];
    const { limit } = LOGIN_LIMIT_PER_ADDRESS;
    for (let i = 0; i <= limit; i++) results.push(await signIn(`someone${i}`, "x", "ke", address));
    expect(results.slice(0, limit).every((r) => !r.ok && r.refusal === "invalid")).toBe(true);
    expect(results[limit]).toEqual({ ok: false, refusal: "rate_limited" });
    expect(await signIn("ke.learner", DEMO_PASSWORD, "ke", address)).toEqual({ ok: false, refusal: "rate_limited" });
  }, 60_000); // a hundred password checks on a busy machine

  it("counts only wrong passwords against an address: a whole office signing in is never locked out", async () => {
    const address = "203.0.113.8";
    const { limit } = LOGIN_LIMIT_PER_ADDRESS;
    for (let i = 0; i < limit + 5; i++)
      expect(await signIn(i % 2 ? "ke.learner" : "ke.coordinator", DEMO_PASSWORD, "ke", address)).toMatchObject({
        ok: true,
      });
    // The address still has its whole allowance for wrong passwords, and no more.
    for (let i = 0; i < limit; i++)
      expect(await signIn(`stranger${i}`, "x", "ke", address)).toEqual({ ok: false, refusal: "invalid" });
    expect(await signIn("ke.learner", DEMO_PASSWORD, "ke", address)).toEqual({ ok: false, refusal: "rate_limited" });
  }, 120_000); // two hundred password checks on a busy machine
});

describe("security hardening", () => {
  it("item 2: counts failures per account whatever the spelling (username, e-mail, case), and per unknown identifier", async () => {
    const { limit } = LOGIN_LIMIT_PER_ACCOUNT;
    const spellings = ["ru.learner", "ru.learner@demo.clikc.test", "RU.Learner", " Ru.Learner@Demo.Clikc.Test "];
    for (let i = 0; i < limit; i++)
      expect(await signIn(spellings[i % spellings.length], "wrong password", "root")).toEqual({
        ok: false,
        refusal: "invalid",
      });
    // The sixth try is refused with the right password, by username and by e-mail alike.
    expect(await signIn("ru.learner@demo.clikc.test", DEMO_PASSWORD, "root")).toEqual({
      ok: false,
      refusal: "rate_limited",
    });
    expect(await signIn("ru.learner", DEMO_PASSWORD, "root")).toEqual({ ok: false, refusal: "rate_limited" });
    // An unknown identifier has its own counter, in any case.
    for (let i = 0; i < limit; i++)
      await signIn(i % 2 ? "Nobody.Else@example.test" : "nobody.else@example.test", "x", "root");
    expect(await signIn("NOBODY.ELSE@EXAMPLE.TEST", "x", "root")).toEqual({ ok: false, refusal: "rate_limited" });
    await db.owner.rateLimitBucket.deleteMany();
  }, 60_000);

  it("item 4: a NUL byte or other control character in the identifier is an invalid sign-in, not an error", async () => {
    expect(await signIn("\u0000", "x")).toEqual({ ok: false, refusal: "invalid" });
    expect(await signIn("ke.learner\u0000", DEMO_PASSWORD)).toEqual({ ok: false, refusal: "invalid" });
    expect(await signIn("ke.learner", "pass\u0000word")).toEqual({ ok: false, refusal: "invalid" });
  });
});

describe("suspension", () => {
  it("stops sign-in and ends existing sessions at their next request", async () => {
    const signedIn = await signIn("be.learner", DEMO_PASSWORD, "be");
    if (!signedIn.ok) throw new Error("expected a sign-in");
    const site = await siteFor("be");
    expect(await loadViewer(signedIn.user.id, signedIn.user.sessionVersion, site)).toMatchObject({
      username: "be.learner",
    });

    await db.owner.user.update({ where: { id: signedIn.user.id }, data: { status: "SUSPENDED" } });
    expect(await loadViewer(signedIn.user.id, signedIn.user.sessionVersion, site)).toBeNull();
    expect(await signIn("be.learner", DEMO_PASSWORD, "be")).toEqual({ ok: false, refusal: "suspended" });

    await db.owner.user.update({ where: { id: signedIn.user.id }, data: { status: "ACTIVE" } });
    expect(await loadViewer(signedIn.user.id, signedIn.user.sessionVersion, site)).not.toBeNull();
  });

  it("reads nobody for a session naming an unknown or malformed account, or an older session version", async () => {
    const site = await siteFor("be");
    const user = await db.owner.user.findUniqueOrThrow({ where: { username: "be.learner" } });
    expect(await loadViewer("00000000-0000-4000-8000-000000000000", 0, site)).toBeNull();
    expect(await loadViewer('\'; DROP TABLE "User"; --', 0, site)).toBeNull();
    expect(await loadViewer(user.id, user.sessionVersion - 1, site)).toBeNull();
    expect(await loadViewer(user.id, undefined, site)).toBeNull();
  });

  it("ends sessions issued before the session version was raised", async () => {
    const signedIn = await signIn("jo.learner", DEMO_PASSWORD, "jo");
    if (!signedIn.ok) throw new Error("expected a sign-in");
    await db.owner.user.update({ where: { id: signedIn.user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await loadViewer(signedIn.user.id, signedIn.user.sessionVersion, await siteFor("jo"))).toBeNull();
  });

  it("does not let a valid session of one administration be used on another's space", async () => {
    const signedIn = await signIn("ke.learner", DEMO_PASSWORD, "ke");
    if (!signedIn.ok) throw new Error("expected a sign-in");
    expect(await loadViewer(signedIn.user.id, signedIn.user.sessionVersion, await siteFor("be"))).toBeNull();
    expect(await loadViewer(signedIn.user.id, signedIn.user.sessionVersion, await siteFor("root"))).not.toBeNull();
  });
});

describe("a registration not yet approved", () => {
  const password = "a sound passphrase for customs";
  async function register(n: number) {
    const input = {
      username: `waiting${n}`,
      email: `waiting${n}@customs.example`,
      password,
      firstName: "Amina",
      lastName: `Otieno${n}`,
      position: "",
      locale: "en",
      acceptTerms: "on",
      administration: "",
    };
    await registerApplicant(await siteFor("ke"), input, nextAddress());
    return input;
  }

  it("says it waits for approval only to whoever gives its password, by username or e-mail", async () => {
    const input = await register(1);
    // Before the e-mail is confirmed, the right password learns that the address must be confirmed first.
    expect(await signIn(input.username, password)).toEqual({ ok: false, refusal: "email_unconfirmed" });
    await confirmRegistration(tokenIn((await lastEmailTo(db.owner, input.email))!.text));
    expect(await signIn(input.username, password)).toEqual({ ok: false, refusal: "awaiting_approval" });
    expect(await signIn(input.email.toUpperCase(), password, "root")).toEqual({
      ok: false,
      refusal: "awaiting_approval",
    });
    // A wrong password reads exactly as an unknown account does.
    expect(await signIn(input.username, "wrong password")).toEqual({ ok: false, refusal: "invalid" });
    expect(await signIn("never.registered", "wrong password")).toEqual({ ok: false, refusal: "invalid" });
  });

  it("keeps the per-account limit: guessing its password is stopped like any account's", async () => {
    const input = await register(2);
    for (let i = 0; i < LOGIN_LIMIT_PER_ACCOUNT.limit; i++) {
      expect(await signIn(i % 2 ? input.email : input.username, "wrong password")).toEqual({
        ok: false,
        refusal: "invalid",
      });
    }
    expect(await signIn(input.username, password)).toEqual({ ok: false, refusal: "rate_limited" });
    await db.owner.rateLimitBucket.deleteMany();
  });

  it("says nothing of a refused registration, and signs in once approved", async () => {
    const refused = await register(3);
    await confirmRegistration(tokenIn((await lastEmailTo(db.owner, refused.email))!.text));
    const accepted = await register(4);
    await confirmRegistration(tokenIn((await lastEmailTo(db.owner, accepted.email))!.text));
    const coordinator = await db.owner.user.findUniqueOrThrow({ where: { username: "ke.coordinator" } });
    const decider = { ...coordinator, homeTenantId: coordinator.tenantId };
    const requestOf = (username: string) =>
      db.owner.registrationRequest.findFirstOrThrow({ where: { username } }).then((r) => r.id);
    await decideRegistration(decider, await requestOf(refused.username), { accept: false });
    await decideRegistration(decider, await requestOf(accepted.username), { accept: true });
    expect(await signIn(refused.username, password)).toEqual({ ok: false, refusal: "invalid" });
    expect(await signIn(accepted.username, password)).toMatchObject({ ok: true });
  });
});
