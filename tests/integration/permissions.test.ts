// The permissions table, checked for every action, every kind of account and every kind of site, against the
// seeded accounts (read from the database as the platform reads them). Each expected cell is written out here,
// not derived from the rules: changing who may do what means changing this table on purpose.
import { ACTIONS, can, mayUse, type Action, type Principal } from "@/lib/permissions";
import type { Site } from "@/lib/tenancy/site";
import { siteFor } from "../helpers/sites";
import { setUpTestDatabase } from "../helpers/test-database";

const db = setUpTestDatabase();

const PERSONAS = [
  "visitor",
  "ke.learner",
  "ke.coordinator",
  "be.coordinator",
  "in.learner",
  "wco.admin",
  "academy.buyer",
  "academy.manager",
] as const;
const SITES = ["root", "ke", "academy"] as const;
type Persona = (typeof PERSONAS)[number];
type SiteName = (typeof SITES)[number];

/** Where each action is allowed, as persona@site; every other cell is refused. */
const ALLOWED: Record<Action | "site.use", string[]> = {
  "site.use": [
    "ke.learner@root",
    "ke.coordinator@root",
    "be.coordinator@root",
    "in.learner@root",
    "wco.admin@root",
    "ke.learner@ke",
    "ke.coordinator@ke",
    "wco.admin@ke",
    "academy.buyer@academy",
    "academy.manager@academy",
    "wco.admin@academy",
  ],
  "console.administer": ["wco.admin@root"],
  "store.administer": ["wco.admin@root"],
  "store.manageCompany": ["academy.manager@academy"],
  "authoring.author": ["wco.admin@root", "ke.coordinator@ke"],
  "authoring.authorCore": ["wco.admin@root"],
  "authoring.viewInteractions": ["wco.admin@root", "ke.coordinator@ke"],
  "workshops.select": ["wco.admin@root", "ke.coordinator@ke"],
  "workshops.apply": [
    "ke.learner@root",
    "ke.coordinator@root",
    "be.coordinator@root",
    "in.learner@root",
    "ke.learner@ke",
    "ke.coordinator@ke",
  ],
  "team.manage": ["wco.admin@root", "ke.coordinator@root", "be.coordinator@root", "ke.coordinator@ke"],
  "team.viewInteractions": ["wco.admin@root", "ke.coordinator@root", "be.coordinator@root", "ke.coordinator@ke"],
  "infoPoint.read": [
    "wco.admin@root",
    "ke.coordinator@root",
    "be.coordinator@root",
    "ke.coordinator@ke",
    "wco.admin@ke",
  ],
  "infoPoint.publish": ["wco.admin@root"],
  "messages.review": ["wco.admin@root", "ke.coordinator@root", "be.coordinator@root", "ke.coordinator@ke"],
  "registrations.decide": [
    "wco.admin@root",
    "ke.coordinator@root",
    "be.coordinator@root",
    "wco.admin@ke",
    "ke.coordinator@ke",
  ],
  "registrations.decideForSecretariat": ["wco.admin@root", "wco.admin@ke"],
};

const principals = new Map<Persona, Principal | null>();
const sites = new Map<SiteName, Site>();

beforeAll(async () => {
  principals.set("visitor", null);
  for (const username of PERSONAS.filter((p) => p !== "visitor")) {
    const user = await db.owner.user.findUniqueOrThrow({ where: { username }, include: { tenant: true } });
    principals.set(username, { roles: user.roles, homeTenantId: user.tenantId, homeTenantKind: user.tenant.kind });
  }
  for (const name of SITES) sites.set(name, await siteFor(name));
});

const CELLS = SITES.flatMap((site) => PERSONAS.map((persona) => [persona, site] as const));

it("names every action of the permissions table", () => {
  expect(Object.keys(ALLOWED).sort()).toEqual(["site.use", ...ACTIONS].sort());
});

describe("site.use (every action requires it)", () => {
  it.each(CELLS)("%s on the %s site", (persona, site) => {
    const viewer = principals.get(persona)!;
    expect(viewer !== null && mayUse(sites.get(site)!, viewer)).toBe(
      ALLOWED["site.use"].includes(`${persona}@${site}`),
    );
  });
});

describe.each(ACTIONS)("%s", (action) => {
  it.each(CELLS)("%s on the %s site", (persona, site) => {
    const allowed = ALLOWED[action].includes(`${persona}@${site}`);
    expect(can(action, { site: sites.get(site)!, viewer: principals.get(persona)! })).toBe(allowed);
  });
});
