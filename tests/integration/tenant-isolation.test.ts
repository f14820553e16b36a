// Tenant isolation in both layers, each proven on its own: the application filter (on a connection that
// bypasses row-level security) and PostgreSQL row-level security (on the app role, with no filter).
import { randomUUID } from "node:crypto";
import { asPlatform, forTenant, forTenantFunction, Prisma, TENANT_FUNCTIONS } from "@/lib/db";
import { createClient, rawClient } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/db/generated/client";
import { scopeToTenant, type TenantContext } from "@/lib/db/tenant-scope";
import { setUpTestDatabase } from "../helpers/test-database";

const db = setUpTestDatabase();

let kenya: string, belgium: string, wco: string;
let beLearnerId: string;
let kenyanCourseId: string, customsOnlyCoreId: string, publicCoreId: string;
let appRoleClient: PrismaClient;

beforeAll(async () => {
  const tenants = await db.owner.tenant.findMany({ where: { slug: { in: ["ke", "be", "wco"] } } });
  const id = (slug: string) => tenants.find((t) => t.slug === slug)!.id;
  [kenya, belgium, wco] = [id("ke"), id("be"), id("wco")];
  beLearnerId = (await db.owner.user.findUniqueOrThrow({ where: { username: "be.learner" } })).id;
  kenyanCourseId = (await db.owner.course.findFirstOrThrow({ where: { tenantId: kenya } })).id;
  customsOnlyCoreId = (await db.owner.course.findFirstOrThrow({ where: { tenantId: wco, audience: "CUSTOMS_ONLY" } }))
    .id;
  publicCoreId = (await db.owner.course.findFirstOrThrow({ where: { tenantId: wco, audience: "PUBLIC" } })).id;
  appRoleClient = createClient(db.appUrl, 2);
});

afterAll(() => appRoleClient.$disconnect());

const kenyanOfficer = (): TenantContext => ({ tenantId: kenya, audience: "CUSTOMS" });

/** Row-level security alone: the app role, the transaction settings, and no application filter. */
function withRlsOnly<T>(
  settings: Record<string, string>,
  work: (tx: Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0]) => Promise<T>,
) {
  return appRoleClient.$transaction(async (tx) => {
    for (const [name, value] of Object.entries(settings))
      await tx.$queryRaw`SELECT set_config(${name}, ${value}, true)`;
    return work(tx);
  });
}

describe("the database role of the application", () => {
  it("is neither superuser nor able to bypass row-level security", async () => {
    const [role] = await db.owner.$queryRaw<
      { rolsuper: boolean; rolbypassrls: boolean }[]
    >`SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = 'clikc_app'`;
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
  });

  it("finds row-level security enabled and forced on every table with a tenantId", async () => {
    const tables = await db.owner.$queryRaw<{ table: string; enabled: boolean; forced: boolean }[]>`
      SELECT c.relname AS "table", c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced
      FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenantId'
      WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace ORDER BY 1`;
    expect(tables.length).toBeGreaterThanOrEqual(3);
    expect(tables.filter((t) => !t.enabled || !t.forced)).toEqual([]);
  });
});

describe("row-level security alone", () => {
  it("reads the information point's rows in every Customs context and writes them only in the WCO's (ADR 0048)", async () => {
    const document = await db.owner.infoPointDocument.create({ data: { tenantId: wco, originalLocale: "en" } });
    const kenyan = { "app.tenant_id": kenya, "app.audience": "CUSTOMS" };
    expect(await withRlsOnly(kenyan, (tx) => tx.infoPointDocument.count({ where: { id: document.id } }))).toBe(1);
    expect(
      await withRlsOnly({ "app.tenant_id": kenya, "app.audience": "PUBLIC" }, (tx) =>
        tx.infoPointDocument.count({ where: { id: document.id } }),
      ),
    ).toBe(0);
    const changed = await withRlsOnly(kenyan, (tx) =>
      tx.infoPointDocument.updateMany({ where: { id: document.id }, data: { originalLocale: "fr" } }),
    );
    expect(changed.count).toBe(0);
    await expect(
      withRlsOnly(kenyan, (tx) => tx.infoPointDocument.create({ data: { tenantId: wco, originalLocale: "en" } })),
    ).rejects.toThrow();
    const own = await withRlsOnly({ "app.tenant_id": wco, "app.audience": "CUSTOMS" }, (tx) =>
      tx.infoPointDocument.updateMany({ where: { id: document.id }, data: { originalLocale: "fr" } }),
    );
    expect(own.count).toBe(1);
    await db.owner.infoPointDocument.delete({ where: { id: document.id } });
  });

  it("denies every row when no tenant is set", async () => {
    const users = await withRlsOnly({}, (tx) => tx.user.count());
    expect(users).toBe(0);
    expect(await withRlsOnly({}, (tx) => tx.course.count())).toBe(0);
  });

  it("hides another tenant's user from a read", async () => {
    const found = await withRlsOnly({ "app.tenant_id": kenya, "app.audience": "CUSTOMS" }, (tx) =>
      tx.user.findMany({ where: { id: beLearnerId } }),
    );
    expect(found).toEqual([]);
  });

  it("refuses to change or delete another tenant's user, and leaves it unchanged", async () => {
    const before = await db.owner.user.findUniqueOrThrow({ where: { id: beLearnerId } });
    const updated = await withRlsOnly({ "app.tenant_id": kenya }, (tx) =>
      tx.user.updateMany({ where: { id: beLearnerId }, data: { lastName: "Changed" } }),
    );
    const deleted = await withRlsOnly({ "app.tenant_id": kenya }, (tx) =>
      tx.user.deleteMany({ where: { id: beLearnerId } }),
    );
    expect([updated.count, deleted.count]).toEqual([0, 0]);
    expect(await db.owner.user.findUniqueOrThrow({ where: { id: beLearnerId } })).toEqual(before);
  });

  it("refuses to create a row in another tenant", async () => {
    await expect(
      withRlsOnly({ "app.tenant_id": kenya }, (tx) =>
        tx.user.create({
          data: {
            tenantId: belgium,
            username: "intruder",
            email: "intruder@example.test",
            passwordHash: "x",
            firstName: "I",
            lastName: "N",
          },
        }),
      ),
    ).rejects.toThrow();
    expect(await db.owner.user.count({ where: { username: "intruder" } })).toBe(0);
  });

  it("shows core courses to Customs, never CUSTOMS_ONLY ones to the public, and no administration's course to another", async () => {
    const asBelgianOfficer = await withRlsOnly({ "app.tenant_id": belgium, "app.audience": "CUSTOMS" }, (tx) =>
      tx.course.findMany({
        where: { id: { in: [kenyanCourseId, customsOnlyCoreId, publicCoreId] } },
        select: { id: true },
      }),
    );
    expect(asBelgianOfficer.map((c) => c.id).sort()).toEqual([customsOnlyCoreId, publicCoreId].sort());
    const asPublic = await withRlsOnly({ "app.tenant_id": belgium, "app.audience": "PUBLIC" }, (tx) =>
      tx.courseTranslation.findMany({
        where: { courseId: { in: [kenyanCourseId, customsOnlyCoreId, publicCoreId] } },
        select: { courseId: true },
      }),
    );
    expect([...new Set(asPublic.map((t) => t.courseId))]).toEqual([publicCoreId]);
  });

  it("lets an administration read core courses but not change them", async () => {
    const changed = await withRlsOnly({ "app.tenant_id": belgium, "app.audience": "CUSTOMS" }, (tx) =>
      tx.course.updateMany({ where: { id: publicCoreId }, data: { durationMinutes: 1 } }),
    );
    expect(changed.count).toBe(0);
  });
});

describe("the application filter alone", () => {
  // The owner connection bypasses row-level security, so only the filter stands between tenants here.
  const scoped = (ctx: TenantContext) => scopeToTenant(db.owner, ctx);

  it("hides another tenant's user from every kind of read", async () => {
    const kenyan = scoped(kenyanOfficer());
    expect(await kenyan.user.findUnique({ where: { id: beLearnerId } })).toBeNull();
    expect(await kenyan.user.findFirst({ where: { username: "be.learner" } })).toBeNull();
    expect(await kenyan.user.count({ where: { tenantId: belgium } })).toBe(0);
    const everyone = await kenyan.user.findMany({ select: { tenantId: true } });
    expect(everyone.length).toBeGreaterThan(0);
    expect(everyone.every((u) => u.tenantId === kenya)).toBe(true);
  });

  it("refuses to change or delete another tenant's user, and leaves it unchanged", async () => {
    const before = await db.owner.user.findUniqueOrThrow({ where: { id: beLearnerId } });
    const kenyan = scoped(kenyanOfficer());
    await expect(kenyan.user.update({ where: { id: beLearnerId }, data: { lastName: "Changed" } })).rejects.toThrow();
    expect((await kenyan.user.updateMany({ where: { id: beLearnerId }, data: { lastName: "Changed" } })).count).toBe(0);
    expect((await kenyan.user.deleteMany({ where: { id: beLearnerId } })).count).toBe(0);
    expect(await db.owner.user.findUniqueOrThrow({ where: { id: beLearnerId } })).toEqual(before);
  });

  it("refuses to create a row in another tenant", async () => {
    await expect(
      scoped(kenyanOfficer()).user.create({
        data: {
          tenantId: belgium,
          username: "intruder2",
          email: "intruder2@example.test",
          passwordHash: "x",
          firstName: "I",
          lastName: "N",
        },
      }),
    ).rejects.toThrow(/another tenant/);
    expect(await db.owner.user.count({ where: { username: "intruder2" } })).toBe(0);
  });

  it("applies the same course visibility as row-level security", async () => {
    const ids = [kenyanCourseId, customsOnlyCoreId, publicCoreId];
    const officer = await scoped({ tenantId: belgium, audience: "CUSTOMS" }).course.findMany({
      where: { id: { in: ids } },
      select: { id: true },
    });
    expect(officer.map((c) => c.id).sort()).toEqual([customsOnlyCoreId, publicCoreId].sort());
    const visitor = await scoped({ tenantId: belgium, audience: "PUBLIC" }).course.findMany({
      where: { id: { in: ids } },
      select: { id: true },
    });
    expect(visitor.map((c) => c.id)).toEqual([publicCoreId]);
    const owner = await scoped(kenyanOfficer()).course.findUnique({ where: { id: kenyanCourseId } });
    expect(owner?.id).toBe(kenyanCourseId);
  });
});

describe("forTenant: both layers together", () => {
  it("sees only its own tenant's users and cannot touch another's", async () => {
    const users = await forTenant(kenyanOfficer(), (tx) => tx.user.findMany({ select: { username: true } }));
    expect(users.map((u) => u.username).sort()).toEqual(expect.arrayContaining(["ke.coordinator", "ke.learner"]));
    expect(users.some((u) => u.username.startsWith("be."))).toBe(false);
    const changed = await forTenant(kenyanOfficer(), (tx) =>
      tx.user.updateMany({ where: { id: beLearnerId }, data: { lastName: "Changed" } }),
    );
    expect(changed.count).toBe(0);
  });

  it("keeps its settings inside its own transaction", async () => {
    await forTenant(kenyanOfficer(), (tx) => tx.user.count());
    const leaked = await appRoleClient.$queryRaw<
      { tenant: string | null }[]
    >`SELECT current_setting('app.tenant_id', true) AS tenant`;
    expect(leaked[0].tenant ?? "").toBe("");
  });

  it("lets the audited platform access read across tenants", async () => {
    const count = await asPlatform("test: count every user", (tx) =>
      tx.user.count({ where: { tenantId: { in: [kenya, belgium] } } }),
    );
    expect(count).toBeGreaterThanOrEqual(4);
  });
});

describe("tenant functions: a hot path's whole work in one statement", () => {
  it("each takes the tenant and the audience first, begins by setting them, and runs as the caller", async () => {
    const functions = await db.owner.$queryRaw<
      { name: string; args: string; body: string; definer: boolean }[]
    >`SELECT proname AS name, pg_get_function_identity_arguments(oid) AS args, prosrc AS body, prosecdef AS definer
      FROM pg_proc WHERE proname = ANY(${[...TENANT_FUNCTIONS]}::text[])`;
    expect(functions.map((f) => f.name).sort()).toEqual([...TENANT_FUNCTIONS].sort());
    for (const f of functions) {
      expect(f.args).toMatch(/^tenant uuid, audience text/);
      expect(f.body).toMatch(
        /^\s*(#variable_conflict use_column\s*)?BEGIN\s+PERFORM rls_use_tenant\(tenant, audience\);/,
      );
      expect(f.definer).toBe(false);
    }
  });

  it("rls_use_tenant gives the rest of the transaction the tenant's rows only", async () => {
    const users = await appRoleClient.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT rls_use_tenant(${kenya}::uuid, 'CUSTOMS')`;
      return tx.$queryRaw<{ username: string }[]>`SELECT "username" FROM "User"`;
    });
    expect(users.map((u) => u.username)).toEqual(expect.arrayContaining(["ke.coordinator", "ke.learner"]));
    expect(users.some((u) => u.username.startsWith("be."))).toBe(false);
  });

  it("keeps its settings inside its own statement: the next query on the pool sees no tenant", async () => {
    const ids = [Prisma.sql`${randomUUID()}::uuid`, Prisma.sql`${randomUUID()}::uuid`];
    expect(await forTenantFunction(kenyanOfficer(), "scorm_attempt_sco", ids)).toEqual([]);
    for (let i = 0; i < 3; i++) {
      const [after] = await rawClient().$queryRaw<
        { tenant: string | null }[]
      >`SELECT current_setting('app.tenant_id', true) AS tenant`;
      expect(after.tenant ?? "").toBe("");
    }
    expect(await rawClient().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "User"`).toEqual([{ n: 0 }]);
  });
});
