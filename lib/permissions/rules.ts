// The permissions table: every action of the platform that depends on who asks and on which site, and the
// grants that allow it (a role, on kinds of site). Checks that depend on a row (this certificate's issuer, that
// user's administration) stay in the data layer, after the action's grant (docs/conventions.md, "Permissions").
import type { Role } from "@/lib/db";
import type { SiteKind } from "@/lib/tenancy/site";

/** Who asks, as the table reads them: a signed-in viewer, or just what it needs of an account. */
export interface Principal {
  roles: readonly Role[];
  homeTenantId: string;
  homeTenantKind: "WCO" | "ADMINISTRATION" | "ACADEMY";
}

export interface Grant {
  /** Any of these roles; empty: every signed-in account. */
  roles: readonly Role[];
  sites: readonly SiteKind[];
  /** Only accounts of these kinds of tenant. */
  homeKinds?: readonly Principal["homeTenantKind"][];
  /** Only on the viewer's own administration's space. */
  ownSpace?: true;
}

const ADMINS_ON_ROOT: Grant = { roles: ["WCO_ADMIN"], sites: ["root"] };
const AUTHORS: readonly Grant[] = [ADMINS_ON_ROOT, { roles: ["TENANT_ADMIN"], sites: ["tenant"], ownSpace: true }];
const TEAM_MANAGERS: readonly Grant[] = [
  ADMINS_ON_ROOT,
  { roles: ["NATIONAL_COORDINATOR"], sites: ["root", "tenant"] },
];

/** Every action, named `area.action`; any one of its grants allows it. Visitors may do none. */
export const PERMISSIONS = {
  /** The WCO console: administrations, users and roles, approvers, platform settings, audit log. */
  "console.administer": [ADMINS_ON_ROOT],
  /** The store's back office: products, orders, refunds. */
  "store.administer": [ADMINS_ON_ROOT],
  /** A company's seat pools: buying seats and assigning them to employees. */
  "store.manageCompany": [{ roles: ["COMPANY_MANAGER"], sites: ["academy"], homeKinds: ["ACADEMY"] }],
  /** Authoring courses and news: the core on the root site, an administration's own on its space. */
  "authoring.author": AUTHORS,
  /** Authoring the core courses (owned by the WCO tenant, shared with every administration). */
  "authoring.authorCore": [ADMINS_ON_ROOT],
  /** Selecting the final participants of workshops: the authors of their courses. */
  "workshops.select": AUTHORS,
  /** Applying to workshops: officers of an administration. */
  "workshops.apply": [{ roles: [], sites: ["root", "tenant"], homeKinds: ["ADMINISTRATION"] }],
  /** Reading how learners answered a course's SCORM questions (its authors: every learner the course has). */
  "authoring.viewInteractions": AUTHORS,
  /** The Team pages and reports: a WCO admin on the root site, a National Coordinator where they sign in. */
  "team.manage": TEAM_MANAGERS,
  /** Reading how the managed users answered SCORM questions (the team's interaction report). */
  "team.viewInteractions": TEAM_MANAGERS,
  /** Deciding registration requests (which ones is the data layer's rule: the approver, or the Secretariat). */
  "registrations.decide": [{ roles: ["WCO_ADMIN", "NATIONAL_COORDINATOR"], sites: ["root", "tenant"] }],
  /** Deciding the registrations of administrations that have no approving coordinator. */
  "registrations.decideForSecretariat": [{ roles: ["WCO_ADMIN"], sites: ["root", "tenant"] }],
  /** The National Coordinators' information point: every administration's coordinators and WCO staff (ADR 0048). */
  "infoPoint.read": [{ roles: ["NATIONAL_COORDINATOR", "WCO_ADMIN"], sites: ["root", "tenant"] }],
  /** The information point's announcements and documents: WCO staff on the root site. */
  "infoPoint.publish": [ADMINS_ON_ROOT],
  /** Reviewing reported messages (ADR 0047): an administration's coordinators for its own pairs, WCO staff for the rest. */
  "messages.review": [
    { ...ADMINS_ON_ROOT, homeKinds: ["WCO"] },
    { roles: ["NATIONAL_COORDINATOR"], sites: ["root", "tenant"], homeKinds: ["ADMINISTRATION"] },
  ],
} satisfies Record<string, readonly Grant[]>;

export type Action = keyof typeof PERMISSIONS;

export const ACTIONS = Object.keys(PERMISSIONS) as Action[];

export const hasRole = (principal: { roles: readonly Role[] } | null | undefined, role: Role): boolean =>
  principal?.roles.includes(role) ?? false;
