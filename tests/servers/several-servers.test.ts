import http from "node:http";
import { startProductionServer, type ProductionServer } from "../../scripts/lib/bench-server";
import { freePort } from "../../scripts/lib/free-port.mjs";
import { startPgBouncer, type PgBouncer } from "../../scripts/lib/pgbouncer";
import { DEMO_PASSWORD } from "../../prisma/seed/demo-accounts";
import { HttpBrowser, type Answer } from "../helpers/http-browser";
import { setUpTestDatabase } from "../helpers/test-database";

// Two independent production servers (scripts/serve.mjs on the production build, one process each, as on two
// machines) on one PostgreSQL through PgBouncer in transaction pooling mode and one content store, behind a
// round-robin load balancer: whichever server a request reaches, it sees what the other did (ADR 0014, 0035).
// Only B runs the background workers, so a job that A enqueues can only be worked by B.
const db = setUpTestDatabase();
const SECRET = "several-servers-secret-0123456789abcdef";

interface Backend {
  name: "A" | "B";
  port: number;
}

/** A round-robin load balancer over `backends`; every answer says which one served it (X-Backend). */
function roundRobin(backends: Backend[]) {
  let next = 0;
  const server = http.createServer((request, response) => {
    const backend = backends[next++ % backends.length];
    const upstream = http.request(
      { host: "127.0.0.1", port: backend.port, method: request.method, path: request.url, headers: request.headers },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, { ...answer.headers, "x-backend": backend.name });
        answer.pipe(response);
      },
    );
    upstream.on("error", () => response.writeHead(502).end());
    request.pipe(upstream);
  });
  return {
    server,
    /** Skips ahead so that the next request goes to `name` (the test says which server a step runs on). */
    aim(name: Backend["name"]) {
      while (backends[next % backends.length].name !== name) next++;
    },
  };
}

let bouncer: PgBouncer;
const servers: ProductionServer[] = [];
let balancer: ReturnType<typeof roundRobin>;
let ROOT: string;
let KE: string;
const learner = () => new HttpBrowser(Number(ROOT.split(":")[1]));

beforeAll(async () => {
  bouncer = await startPgBouncer({
    serverUrl: process.env.TEST_PG_SERVER_URL!,
    database: db.name,
    user: "clikc_app",
    password: process.env.TEST_APP_PASSWORD!,
    poolSize: 6,
  });
  const balancerPort = await freePort();
  ROOT = `localhost:${balancerPort}`;
  KE = `ke.${ROOT}`;
  const backends: Backend[] = [];
  for (const name of ["A", "B"] as const) {
    const port = await freePort();
    // The first start builds when the build in .next is not of the current sources (npm test builds first).
    servers.push(
      await startProductionServer({
        appUrl: bouncer.url,
        authSecret: SECRET,
        host: ROOT,
        port,
        env: {
          APP_DIRECT_DATABASE_URL: db.appUrl, // the cache listener and the job queue, past the pooler
          SERVER_PROCESSES: "1",
          DISABLE_WORKERS: name === "B" ? "0" : "1",
          DB_TRANSACTION_MAX_WAIT_MS: "15000", // PgBouncer's queue, on this machine's shared cores
        },
      }),
    );
    backends.push({ name, port });
  }
  balancer = roundRobin(backends);
  await new Promise<void>((resolve) => balancer.server.listen(balancerPort, "127.0.0.1", resolve));
}, 20 * 60_000);

afterAll(async () => {
  await new Promise((resolve) => balancer?.server.close(resolve));
  await Promise.all(servers.map((s) => s.stop()));
  await bouncer?.stop();
}, 60_000);

const backendOf = (answer: Answer) => answer.headers["x-backend"];
const signInFailure = (answer: Answer) => new URL(String(answer.headers.location), "http://x").searchParams.get("code");

async function userId(username: string): Promise<string> {
  return (await db.owner.user.findUniqueOrThrow({ where: { username }, select: { id: true } })).id;
}

describe("two app servers on one database, behind a load balancer", () => {
  const amina = { browser: null as unknown as HttpBrowser };

  it("shares requests between both servers, each ready", async () => {
    const browser = learner();
    const answers = await Promise.all([1, 2, 3, 4].map(() => browser.get(ROOT, "/api/ready")));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
    expect(answers.map(backendOf).sort()).toEqual(["A", "A", "B", "B"]);
  });

  it("keeps a session made on one server valid on the other", async () => {
    amina.browser = learner();
    await amina.browser.csrfToken(KE);
    balancer.aim("A");
    const signedIn = await amina.browser.signIn(KE, "ke.learner", DEMO_PASSWORD);
    expect(backendOf(signedIn)).toBe("A");
    expect(signInFailure(signedIn)).toBeNull();
    expect(amina.browser.cookie(KE, "clikc.session")).toBeTruthy();

    const dashboards = [await amina.browser.get(KE, "/dashboard"), await amina.browser.get(KE, "/dashboard")];
    expect(dashboards.map(backendOf)).toEqual(["B", "A"]);
    for (const dashboard of dashboards) {
      expect(dashboard.status).toBe(200);
      expect(dashboard.body).toContain("Amina");
    }
  });

  it("counts sign-in attempts made through both servers together", async () => {
    const browser = learner();
    await browser.csrfToken(KE);
    const attempts: Answer[] = [];
    for (let i = 0; i < 5; i++) attempts.push(await browser.signIn(KE, "be.learner", "not-the-password"));
    expect(attempts.map(signInFailure)).toEqual(["invalid", "invalid", "invalid", "invalid", "invalid"]);
    expect(new Set(attempts.map(backendOf))).toEqual(new Set(["A", "B"]));
    // Two or three attempts reached each server: only a shared count refuses the sixth, the right password too.
    const sixth = await browser.signIn(KE, "be.learner", DEMO_PASSWORD);
    expect(signInFailure(sixth)).toBe("rate_limited");
    expect(browser.cookie(KE, "clikc.session")).toBeUndefined();
  });

  it("serves a tenant's setting changed through one server from the other at its next request", async () => {
    const visitor = learner();
    balancer.aim("A");
    const before = [await visitor.get(KE, "/"), await visitor.get(KE, "/")]; // both servers cache Kenya's tenant
    expect(before.map(backendOf)).toEqual(["A", "B"]);
    for (const page of before) expect(page.body).not.toContain("Kenya Customs Training Academy");

    const admin = learner();
    await admin.csrfToken(ROOT);
    expect(signInFailure(await admin.signIn(ROOT, "wco.admin", DEMO_PASSWORD))).toBeNull();
    const form = await admin.readForm(ROOT, "/admin/administrations/KE", "displayName");
    balancer.aim("A");
    const saved = await admin.submitForm(ROOT, form, { displayName: "Kenya Customs Training Academy" });
    expect(backendOf(saved)).toBe("A");
    expect(saved.status).toBeLessThan(400);
    expect(
      (await db.owner.tenant.findUniqueOrThrow({ where: { slug: "ke" }, select: { displayName: true } })).displayName,
    ).toBe("Kenya Customs Training Academy");

    balancer.aim("B");
    const after = await visitor.get(KE, "/");
    expect(backendOf(after)).toBe("B");
    expect(after.body).toMatch(/data-testid="site-name">Kenya Customs Training Academy</);
  });

  it("serves a user's language changed through one server from the other at its next request", async () => {
    balancer.aim("A");
    const changed = await amina.browser.post(KE, "/api/preferences/language", { locale: "fr", returnTo: "/dashboard" });
    expect([backendOf(changed), changed.status]).toEqual(["A", 303]);
    // B served Amina's dashboard in English before, and keeps her account's state in memory.
    balancer.aim("B");
    const dashboard = await amina.browser.get(KE, "/dashboard");
    expect(backendOf(dashboard)).toBe("B");
    expect(dashboard.body).toMatch(/<html[^>]*\slang="fr"/);
  });

  it("works on B a job that A enqueued", async () => {
    const course = await db.owner.course.update({
      where: {
        tenantId_code: {
          tenantId: (await db.owner.tenant.findUniqueOrThrow({ where: { slug: "wco" } })).id,
          code: "RKC-101",
        },
      },
      data: { selfEnrolment: false },
    });
    const coordinator = await db.owner.user.findUniqueOrThrow({ where: { username: "ke.coordinator" } });
    const since = new Date();
    balancer.aim("A");
    const requested = await amina.browser.post(KE, `/api/courses/${course.id}/request-enrolment`, {});
    expect([backendOf(requested), requested.status]).toEqual(["A", 303]);

    // A has no workers: the e-mail to the coordinator is delivered only if B takes A's job from the queue.
    let message = null;
    for (let i = 0; i < 60; i++) {
      message = await db.owner.emailMessage.findFirst({
        where: { toAddress: coordinator.email, createdAt: { gte: since } },
      });
      if (message?.status === "SENT") break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(message).toMatchObject({ status: "SENT", providerId: "outbox" });
    const jobs = await db.owner.$queryRawUnsafe<Array<{ state: string }>>(
      `SELECT state::text FROM pgboss.job WHERE name = 'deliver-email' AND data->>'messageId' = $1`,
      message!.id,
    );
    expect(jobs.map((j) => j.state)).toContain("completed");
  });

  it("ends a session signed out through one server on the other", async () => {
    const admin = learner();
    await admin.csrfToken(ROOT);
    expect(signInFailure(await admin.signIn(ROOT, "wco.admin", DEMO_PASSWORD))).toBeNull();
    balancer.aim("B");
    expect((await admin.get(ROOT, "/admin")).status).toBe(200); // B knows the session
    balancer.aim("A");
    const signedOut = await admin.signOut(ROOT);
    expect(backendOf(signedOut)).toBe("A");
    expect(admin.cookie(ROOT, "clikc.session")).toBeUndefined();
    balancer.aim("B");
    const console = await admin.get(ROOT, "/admin");
    expect(backendOf(console)).toBe("B");
    expect(console.status).toBe(307);
    expect(console.headers.location).toMatch(/\/sign-in/);
  });

  it("ends a suspended learner's session on the other server at once", async () => {
    const coordinator = learner();
    await coordinator.csrfToken(KE);
    expect(signInFailure(await coordinator.signIn(KE, "ke.coordinator", DEMO_PASSWORD))).toBeNull();
    balancer.aim("B");
    expect((await amina.browser.get(KE, "/dashboard")).status).toBe(200); // B holds Amina's state in memory
    balancer.aim("A");
    const suspended = await coordinator.post(KE, `/api/team/users/${await userId("ke.learner")}`, {
      op: "suspend",
      returnTo: "/team",
    });
    expect([backendOf(suspended), suspended.status]).toEqual(["A", 303]);
    expect(suspended.headers.location).toMatch(/done=suspended/);

    balancer.aim("B");
    const dashboard = await amina.browser.get(KE, "/dashboard");
    expect(backendOf(dashboard)).toBe("B");
    expect(dashboard.status).toBe(307);
    expect(dashboard.headers.location).toMatch(/\/sign-in/);
  });
});
