// The permissions table: every action of the platform that depends on who asks and on which site, and its rule.
// Checks that depend on a row (this certificate's issuer, that user's administration) stay in the data layer,
// after the action's rule has passed (docs/conventions.md, "Permissions").
import type { Role } from "@/lib/db";
import { siteAdmits, type Site } from "@/lib/tenancy/site";

/** Who asks: the signed-in viewer (or just what the rules read of an account), or null for a visitor. */
export interface Principal {
  roles: readonly Role[];
  homeTenantId: string;
  homeTenantKind: "WCO" | "ADMINISTRATION" | "ACADEMY";
}

export interface Subject {
  site: Site;
  viewer: Principal | null;
}

export const hasRole = (principal: { roles: readonly Role[] } | null | undefined, role: Role): boolean => principal?.roles.includes(role) ?? false;

type Rule = (site: Site, viewer: Principal) => boolean;

const wcoAdminOnRoot: Rule = (site, viewer) => site.kind === "root" && hasRole(viewer, "WCO_ADMIN");
const tenantAdminOnOwnSpace: Rule = (site, viewer) => site.kind === "tenant" && hasRole(viewer, "TENANT_ADMIN") && viewer.homeTenantId === site.tenant.id;
const companyManager: Rule = (site, viewer) => site.kind === "academy" && viewer.homeTenantKind === "ACADEMY" && hasRole(viewer, "COMPANY_MANAGER");
const author: Rule = (site, viewer) => wcoAdminOnRoot(site, viewer) || tenantAdminOnOwnSpace(site, viewer);

/** Every action, named `area.action`; each rule is given a signed-in viewer (visitors may do none of them). */
export const PERMISSIONS = {
  /** Signing in to a site and using it: WCO admins everywhere, everyone else on their home tenant's sites. */
  "site.use": (site, viewer) => hasRole(viewer, "WCO_ADMIN") || siteAdmits(site, { id: viewer.homeTenantId, kind: viewer.homeTenantKind }),
  /** The WCO console: administrations, users and roles, approvers, platform settings, audit log. */
  "console.administer": wcoAdminOnRoot,
  /** The store's back office: products, orders, refunds. */
  "store.administer": wcoAdminOnRoot,
  /** A company's seat pools: buying seats and assigning them to employees. */
  "store.manageCompany": companyManager,
  /** Authoring courses and news: the core on the root site, an administration's own on its space. */
  "authoring.author": author,
  /** Authoring the core courses (owned by the WCO tenant, shared with every administration). */
  "authoring.authorCore": wcoAdminOnRoot,
  /** Selecting the final participants of workshops: the authors of their courses. */
  "workshops.select": author,
  /** Applying to workshops: officers of an administration. */
  "workshops.apply": (site, viewer) => site.kind !== "academy" && viewer.homeTenantKind === "ADMINISTRATION",
  /** The Team pages and reports: a National Coordinator on the sites that admit them, a WCO admin on the root site. */
  "team.manage": (site, viewer) => (hasRole(viewer, "WCO_ADMIN") ? site.kind === "root" : hasRole(viewer, "NATIONAL_COORDINATOR") && site.kind !== "academy"),
  /** Deciding registration requests (which ones is the data layer's rule: the approver, or the Secretariat). */
  "registrations.decide": (site, viewer) => site.kind !== "academy" && (hasRole(viewer, "WCO_ADMIN") || hasRole(viewer, "NATIONAL_COORDINATOR")),
  /** Deciding the registrations of administrations that have no approving coordinator. */
  "registrations.decideForSecretariat": (site, viewer) => site.kind !== "academy" && hasRole(viewer, "WCO_ADMIN"),
} satisfies Record<string, Rule>;

export type Action = keyof typeof PERMISSIONS;

export const ACTIONS = Object.keys(PERMISSIONS) as Action[];
