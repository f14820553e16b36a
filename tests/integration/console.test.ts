import { Invalid, NotFound } from "@/lib/errors";
import { listAuditEvents } from "@/lib/console/list-audit-events";
import { getAdministration } from "@/lib/console/get-administration";
import { listAdministrations } from "@/lib/console/list-administrations";
import { setTenantAdmin } from "@/lib/console/tenant-admins";
import { configureTenantSpace } from "@/lib/console/configure-tenant-space";
import { readAdministrationLogo } from "@/lib/console/read-administration-logo";
import { readTenantLogo } from "@/lib/console/read-tenant-logo";
import { setTenantLogo } from "@/lib/console/set-tenant-logo";
import { type TenantSpaceInput } from "@/lib/console/schemas";
import { searchUsers } from "@/lib/console/search-users";
import { setUserRoles } from "@/lib/console/set-user-roles";
import { siteForAddress } from "@/lib/tenancy/site";
import { tenantBySlug } from "@/lib/tenancy/tenant-cache";
import { Pool } from "pg";
import { setUpTestDatabase } from "../helpers/test-database";

const db = setUpTestDatabase();

async function actor(username: string) {
  const user = await db.owner.user.findUniqueOrThrow({ where: { username } });
  return { id: user.id, firstName: user.firstName, lastName: user.lastName, roles: user.roles };
}

// Everyone but a WCO admin: another administration's coordinator and tenant admin, a learner, an Academy buyer.
const OUTSIDERS = ["be.coordinator", "ke.learner", "academy.buyer", "academy.manager"];
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
const indiaSpace: TenantSpaceInput = {
  enabled: true,
  slug: "india",
  displayName: "CBIC India",
  primaryColor: "#1f3a68",
  accentColor: "#ff9933",
  defaultLocale: "en",
};

describe("WCO console: administrations", () => {
  it("lists the 186 administrations to WCO admins, searchable by name or ISO code and paged", async () => {
    const admin = await actor("wco.admin");
    const all = await listAdministrations(admin, { q: "", page: 1 });
    expect(all.total).toBe(186);
    expect(all.administrations).toHaveLength(25);
    expect(all.pageCount).toBe(8);
    const kenya = await listAdministrations(admin, { q: "keny", page: 1 });
    expect(kenya.administrations.map((a) => [a.countryCode, a.spaceEnabled, a.approver])).toEqual([
      ["KE", true, "David Otieno"],
    ]);
    expect(
      (await listAdministrations(admin, { q: "be", page: 1 })).administrations.map((a) => a.countryCode),
    ).toContain("BE");
  });

  it("answers 404 to everyone else and changes nothing for them", async () => {
    const before = await db.owner.tenant.findUniqueOrThrow({ where: { slug: "in" } });
    for (const username of OUTSIDERS) {
      const outsider = await actor(username);
      await expect(listAdministrations(outsider, { q: "", page: 1 })).rejects.toBeInstanceOf(NotFound);
      await expect(getAdministration(outsider, "IN")).rejects.toBeInstanceOf(NotFound);
      await expect(configureTenantSpace(outsider, "IN", indiaSpace)).rejects.toBeInstanceOf(NotFound);
      await expect(setTenantLogo(outsider, "IN", PNG)).rejects.toBeInstanceOf(NotFound);
      await expect(setTenantAdmin(outsider, "IN", "in.learner", true)).rejects.toBeInstanceOf(NotFound);
      await expect(listAuditEvents(outsider, { page: 1 })).rejects.toBeInstanceOf(NotFound);
      expect(await readAdministrationLogo(outsider, "KE")).toBeNull();
      await expect(searchUsers(outsider, { q: "", page: 1 })).rejects.toBeInstanceOf(NotFound);
      await expect(setUserRoles(outsider, outsider.id, ["LEARNER", "WCO_ADMIN"])).rejects.toBeInstanceOf(NotFound);
    }
    expect(await db.owner.tenant.findUniqueOrThrow({ where: { slug: "in" } })).toEqual(before);
    expect(await db.owner.auditEvent.count()).toBe(0);
    expect((await db.owner.user.findUniqueOrThrow({ where: { username: "in.learner" } })).roles).toEqual(["LEARNER"]);
    expect((await db.owner.user.findUniqueOrThrow({ where: { username: "be.coordinator" } })).roles).not.toContain(
      "WCO_ADMIN",
    );
  });
});

describe("WCO console: an administration's own space", () => {
  it("enables a space on its subdomain at once, records who changed what, and disables it without losing data", async () => {
    const admin = await actor("wco.admin");
    expect(await siteForAddress({ kind: "tenant", slug: "india" })).toBeNull();
    await configureTenantSpace(admin, "IN", indiaSpace);
    const site = await siteForAddress({ kind: "tenant", slug: "india" });
    expect(site?.tenant).toMatchObject({
      countryCode: "IN",
      displayName: "CBIC India",
      primaryColor: "#1f3a68",
      accentColor: "#ff9933",
    });
    const [event] = await db.owner.auditEvent.findMany();
    expect(event).toMatchObject({
      actorId: admin.id,
      actorName: "Hélène Martin",
      action: "tenant.space.enable",
      targetType: "Tenant",
    });
    expect(event.before).toMatchObject({ spaceEnabled: false, slug: "in", displayName: null });
    expect(event.after).toMatchObject({ spaceEnabled: true, slug: "india", displayName: "CBIC India" });

    const users = await db.owner.user.count({ where: { tenant: { countryCode: "IN" } } });
    await configureTenantSpace(admin, "IN", { ...indiaSpace, enabled: false });
    expect(await siteForAddress({ kind: "tenant", slug: "india" })).toBeNull();
    expect(await db.owner.user.count({ where: { tenant: { countryCode: "IN" } } })).toBe(users);
    expect((await listAuditEvents(admin, { page: 1 })).events.map((e) => e.action)).toEqual([
      "tenant.space.disable",
      "tenant.space.enable",
    ]);
  });

  it("refuses a reserved, taken or malformed subdomain and unreadable colours, changing nothing", async () => {
    const admin = await actor("wco.admin");
    const auditBefore = await db.owner.auditEvent.count();
    const refused = async (input: Partial<TenantSpaceInput>) =>
      configureTenantSpace(admin, "IN", { ...indiaSpace, ...input }).then(
        () => null,
        (error) => (error as Invalid).fields,
      );
    expect(await refused({ slug: "academy" })).toEqual({ slug: "slugReserved" });
    expect(await refused({ slug: "ke" })).toEqual({ slug: "slugTaken" });
    expect(await refused({ slug: "-in" })).toEqual({ slug: "slugFormat" });
    expect(await refused({ primaryColor: "navy" })).toEqual({ primaryColor: "colourFormat" });
    expect(await refused({ primaryColor: "#ffff00" })).toEqual({ primaryColor: "colourContrast" });
    expect(await refused({ defaultLocale: "de" as "en" })).toEqual({ defaultLocale: "required" });
    expect((await db.owner.tenant.findUniqueOrThrow({ where: { countryCode: "IN" } })).spaceEnabled).toBe(false);
    expect(await db.owner.auditEvent.count()).toBe(auditBefore);
  });

  it("takes a logo by its bytes within the size limit and shows it on the space", async () => {
    const admin = await actor("wco.admin");
    await expect(setTenantLogo(admin, "KE", new Uint8Array())).rejects.toEqual(new Invalid({ logo: "logoMissing" }));
    await expect(setTenantLogo(admin, "KE", new TextEncoder().encode("<svg onload=alert(1)>"))).rejects.toEqual(
      new Invalid({ logo: "logoType" }),
    );
    await expect(setTenantLogo(admin, "KE", new Uint8Array(512 * 1024 + 1).fill(0x89))).rejects.toEqual(
      new Invalid({ logo: "logoTooLarge" }),
    );
    await setTenantLogo(admin, "KE", PNG);
    expect(await readAdministrationLogo(admin, "KE")).toMatchObject({ contentType: "image/png" });
    expect((await tenantBySlug("ke"))?.logoVersion).toEqual(expect.any(Number));
    expect((await readTenantLogo((await tenantBySlug("ke"))!.id))?.data).toEqual(Buffer.from(PNG));
  });

  it("names tenant admins among the administration's own active users only", async () => {
    const admin = await actor("wco.admin");
    await expect(setTenantAdmin(admin, "IN", "ke.learner", true)).rejects.toEqual(
      new Invalid({ username: "notAUserOfTheAdministration" }),
    );
    await setTenantAdmin(admin, "IN", "in.learner", true);
    expect((await getAdministration(admin, "IN")).tenantAdmins.map((u) => u.username)).toEqual(["in.learner"]);
    await setTenantAdmin(admin, "IN", "in.learner", false);
    expect((await db.owner.user.findUniqueOrThrow({ where: { username: "in.learner" } })).roles).toEqual(["LEARNER"]);
    const events = await db.owner.auditEvent.findMany({ where: { targetType: "User" }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [e.action, e.before, e.after])).toEqual([
      ["user.role.grant", { roles: ["LEARNER"] }, { roles: ["LEARNER", "TENANT_ADMIN"] }],
      ["user.role.revoke", { roles: ["LEARNER", "TENANT_ADMIN"] }, { roles: ["LEARNER"] }],
    ]);
  });

  it("keeps the audit log append-only for the application", async () => {
    const admin = await actor("wco.admin");
    await setTenantAdmin(admin, "IN", "in.learner", true);
    const entries = await db.owner.auditEvent.findMany();
    const app = new Pool({ connectionString: db.appUrl, max: 1 });
    try {
      await expect(app.query(`UPDATE "AuditEvent" SET "actorName" = 'someone else'`)).rejects.toThrow(
        /permission denied/,
      );
      await expect(app.query(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/permission denied/);
    } finally {
      await app.end();
    }
    expect(await db.owner.auditEvent.findMany()).toEqual(entries);
  });
});

describe("WCO console: users of every tenant", () => {
  it("finds users across tenants by every word of their name, username or e-mail", async () => {
    const admin = await actor("wco.admin");
    expect(
      (await searchUsers(admin, { q: "amina wanjiru", page: 1 })).users.map((u) => [u.username, u.tenant.name]),
    ).toEqual([["ke.learner", "Kenya"]]);
    const demo = await searchUsers(admin, { q: "demo.clikc.test", page: 1 });
    expect(demo.users.map((u) => u.username)).toEqual(
      expect.arrayContaining(["ke.learner", "be.learner", "academy.buyer"]),
    );
  });

  it("changes roles within what the user's organisation allows, audits it, and stops a removed coordinator approving", async () => {
    const admin = await actor("wco.admin");
    const kenyanCoordinator = await db.owner.user.findUniqueOrThrow({ where: { username: "ke.coordinator" } });
    const refused = (userId: string, roles: string[]) =>
      setUserRoles(admin, userId, roles).then(
        () => null,
        (error) => (error as Invalid).fields,
      );
    expect(await refused(kenyanCoordinator.id, ["LEARNER", "COMPANY_MANAGER"])).toEqual({ roles: "roleNotForTenant" });
    expect(await refused(kenyanCoordinator.id, ["LEARNER", "WCO_ADMIN"])).toEqual({ roles: "roleNotForTenant" });
    expect(await refused(kenyanCoordinator.id, ["ROOT"])).toEqual({ roles: "unknownRole" });
    expect(await refused(admin.id, ["LEARNER"])).toEqual({ roles: "cannotRemoveOwnAdmin" });

    await setUserRoles(admin, kenyanCoordinator.id, ["LEARNER", "TENANT_ADMIN"]);
    const kenya = await db.owner.tenant.findUniqueOrThrow({ where: { slug: "ke" } });
    expect(kenya.approverId).toBeNull();
    expect((await db.owner.user.findUniqueOrThrow({ where: { id: kenyanCoordinator.id } })).roles).toEqual([
      "LEARNER",
      "TENANT_ADMIN",
    ]);
    const [event] = await db.owner.auditEvent.findMany({ where: { action: "user.roles.set" } });
    expect(event).toMatchObject({
      tenantId: kenya.id,
      targetId: kenyanCoordinator.id,
      before: { roles: ["LEARNER", "NATIONAL_COORDINATOR", "TENANT_ADMIN"] },
      after: { roles: ["LEARNER", "TENANT_ADMIN"] },
    });
  });
});
