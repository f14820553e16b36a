// Several server processes each cache the catalogue and the tenant registry; a change made through one of them
// must not leave the others showing stale data. Here this process is one server and a second connection
// plays another server process announcing its changes. Each change must show at the very next read: a
// request that follows the change, even by a millisecond, must not be served the state from before it.
import pg from "pg";
import { loadViewer } from "@/lib/auth/load-viewer";
import { listenForCacheChanges } from "@/lib/db";
import { forgetCatalogue } from "@/lib/catalogue/candidate-cache";
import { parseCatalogueQuery, searchCourses } from "@/lib/catalogue/search-courses";
import { countUnreadAlerts } from "@/lib/notifications/list-alerts";
import { markAlertsRead } from "@/lib/notifications/mark-alerts-read";
import { tenantBySlug } from "@/lib/tenancy/tenant-cache";
import { scopeOfUser } from "../helpers/scopes";
import { siteFor } from "../helpers/sites";
import { setUpTestDatabase } from "../helpers/test-database";

const db = setUpTestDatabase();
let stopListening: () => Promise<void>;
let otherProcess: pg.Client;

beforeAll(async () => {
  stopListening = await listenForCacheChanges(db.appUrl);
  otherProcess = new pg.Client({ connectionString: db.appUrl });
  otherProcess.on("error", () => {});
  await otherProcess.connect();
});
afterAll(async () => {
  await stopListening();
  await otherProcess.end();
});

const announceFromOtherProcess = (cache: string, key = "") =>
  otherProcess.query("SELECT pg_notify('clikc_cache', $1)", [JSON.stringify([cache, key])]);
const listenerConnections = (action: "SELECT 1" | "SELECT pg_terminate_backend(pid)") =>
  db.owner.$queryRawUnsafe<unknown[]>(
    `${action} FROM pg_stat_activity WHERE datname = '${db.name}' AND application_name = 'clikc cache listener'`,
  );
const until = async (check: () => Promise<boolean>) => {
  for (let i = 0; i < 100 && !(await check()); i++) await new Promise((r) => setTimeout(r, 20));
  return check();
};

async function catalogueCodes(username: string) {
  const result = await searchCourses(
    await scopeOfUser(db.owner, username),
    "en",
    parseCatalogueQuery({ q: "harmonized" }),
  );
  return result.courses.map((c) => c.code);
}

describe("cache changes announced between server processes", () => {
  it("drops a course unpublished through another process from this process's cached catalogue at once", async () => {
    expect(await catalogueCodes("ke.learner")).toContain("HS-101");
    await db.owner.course.updateMany({ where: { code: "HS-101" }, data: { status: "DRAFT" } });
    // Still cached here: nothing told this process.
    expect(await catalogueCodes("ke.learner")).toContain("HS-101");
    await announceFromOtherProcess("catalogue");
    expect(await catalogueCodes("ke.learner")).not.toContain("HS-101");
    await db.owner.course.updateMany({ where: { code: "HS-101" }, data: { status: "PUBLISHED" } });
    await announceFromOtherProcess("catalogue");
    expect(await catalogueCodes("ke.learner")).toContain("HS-101");
  });

  it("shows a tenant renamed through another process at once", async () => {
    const before = (await tenantBySlug("ke"))!.displayName;
    await db.owner.tenant.update({ where: { slug: "ke" }, data: { displayName: "Kenya Revenue Authority (renamed)" } });
    expect((await tenantBySlug("ke"))!.displayName).toBe(before);
    await announceFromOtherProcess("tenant", "ke");
    expect((await tenantBySlug("ke"))!.displayName).toBe("Kenya Revenue Authority (renamed)");
  });

  it("tells the other processes when this one changes the catalogue", async () => {
    const heard: string[] = [];
    const listener = new pg.Client({ connectionString: db.appUrl });
    await listener.connect();
    listener.on("notification", (message) => heard.push(message.payload ?? ""));
    await listener.query("LISTEN clikc_cache");
    try {
      await forgetCatalogue();
      expect(await until(async () => heard.length > 0)).toBe(true);
      expect(heard).toEqual([JSON.stringify(["catalogue", ""])]);
    } finally {
      await listener.end();
    }
  });

  it("applies a suspension, a new session version or a moved tenant written anywhere from the very next request", async () => {
    const site = await siteFor("ke");
    const user = await db.owner.user.findUniqueOrThrow({ where: { username: "ke.learner" } });
    const viewer = () => loadViewer(user.id, user.sessionVersion, site);
    expect(await viewer()).toMatchObject({ firstName: user.firstName, homeRegion: "EAST_SOUTHERN_AFRICA" });
    // The state is kept in memory: a write the database does not announce goes unseen.
    await db.owner.$executeRawUnsafe(`ALTER TABLE "User" DISABLE TRIGGER "User_announce_session_state"`);
    await db.owner.user.update({ where: { id: user.id }, data: { firstName: "Unannounced" } });
    await db.owner.$executeRawUnsafe(`ALTER TABLE "User" ENABLE TRIGGER "User_announce_session_state"`);
    expect(await viewer()).toMatchObject({ firstName: user.firstName });

    await db.owner.user.update({ where: { id: user.id }, data: { status: "SUSPENDED" } });
    expect(await viewer()).toBeNull();
    await db.owner.user.update({ where: { id: user.id }, data: { status: "ACTIVE", firstName: user.firstName } });
    expect(await viewer()).not.toBeNull();

    await db.owner.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await viewer()).toBeNull();
    await db.owner.user.update({ where: { id: user.id }, data: { sessionVersion: user.sessionVersion } });
    expect(await viewer()).not.toBeNull();

    await db.owner.tenant.update({ where: { slug: "ke" }, data: { region: "WEST_CENTRAL_AFRICA" } });
    expect((await viewer())?.homeRegion).toBe("WEST_CENTRAL_AFRICA");
    await db.owner.tenant.update({ where: { slug: "ke" }, data: { region: "EAST_SOUTHERN_AFRICA" } });
  });

  it("counts a new alert written anywhere, and alerts read, in the header at the next page", async () => {
    const user = await db.owner.user.findUniqueOrThrow({ where: { username: "be.learner" } });
    const reader = { id: user.id, homeTenantId: user.tenantId };
    const before = await countUnreadAlerts(reader);
    await db.owner.alert.create({ data: { tenantId: user.tenantId, userId: user.id, kind: "workshopSelected" } });
    expect(await countUnreadAlerts(reader)).toBe(before + 1);
    // Another learner's count is untouched and theirs only.
    const other = await db.owner.user.findUniqueOrThrow({ where: { username: "ke.learner" } });
    expect(await countUnreadAlerts({ id: other.id, homeTenantId: other.tenantId })).toBe(
      await db.owner.alert.count({ where: { userId: other.id, readAt: null } }),
    );
    await markAlertsRead(reader);
    expect(await countUnreadAlerts(reader)).toBe(0);
  });

  it("listens again after losing its connection, and forgets what it may have missed", async () => {
    expect(await catalogueCodes("be.learner")).toContain("HS-101");
    expect(await listenerConnections("SELECT pg_terminate_backend(pid)")).toHaveLength(1);
    // Changed while this process could not hear it.
    await db.owner.course.updateMany({ where: { code: "HS-101" }, data: { status: "DRAFT" } });
    expect(await until(async () => !(await catalogueCodes("be.learner")).includes("HS-101"))).toBe(true);
    await db.owner.course.updateMany({ where: { code: "HS-101" }, data: { status: "PUBLISHED" } });
    expect(await until(async () => (await listenerConnections("SELECT 1")).length === 1)).toBe(true);
    await announceFromOtherProcess("catalogue");
    expect(await until(async () => (await catalogueCodes("be.learner")).includes("HS-101"))).toBe(true);
  });
});
