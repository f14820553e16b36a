// The demo accounts that `npm start` creates and prints. Demo data only: never seeded in production unless
// SEED_DEMO=1 is set on purpose.
import type { Locale } from "./data/topics";

export const DEMO_PASSWORD = "Customs-Demo-2026";

export interface DemoAccount {
  username: string;
  tenant: string; // tenant slug
  firstName: string;
  lastName: string;
  position: string;
  locale: Locale;
  roles: Array<"LEARNER" | "NATIONAL_COORDINATOR" | "TENANT_ADMIN" | "WCO_ADMIN" | "COMPANY_MANAGER">;
  /** Where the account signs in, for the start banner. */
  site: "root" | "tenant" | "academy";
  description: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    username: "wco.admin",
    tenant: "wco",
    firstName: "Hélène",
    lastName: "Martin",
    position: "Capacity Building Directorate",
    locale: "en",
    roles: ["WCO_ADMIN", "LEARNER"],
    site: "root",
    description: "WCO Secretariat administrator (every site)",
  },
  {
    username: "ke.learner",
    tenant: "ke",
    firstName: "Amina",
    lastName: "Wanjiru",
    position: "Customs Officer",
    locale: "en",
    roles: ["LEARNER"],
    site: "tenant",
    description: "Kenya Revenue Authority learner",
  },
  {
    username: "ke.coordinator",
    tenant: "ke",
    firstName: "David",
    lastName: "Otieno",
    position: "Training Manager",
    locale: "en",
    roles: ["LEARNER", "NATIONAL_COORDINATOR", "TENANT_ADMIN"],
    site: "tenant",
    description: "Kenya's National Coordinator",
  },
  {
    username: "be.learner",
    tenant: "be",
    firstName: "Lucie",
    lastName: "Dubois",
    position: "Inspectrice des douanes",
    locale: "fr",
    roles: ["LEARNER"],
    site: "tenant",
    description: "Belgian learner (French)",
  },
  {
    username: "be.coordinator",
    tenant: "be",
    firstName: "Pieter",
    lastName: "Janssens",
    position: "Opleidingscoördinator",
    locale: "en",
    roles: ["LEARNER", "NATIONAL_COORDINATOR", "TENANT_ADMIN"],
    site: "tenant",
    description: "Belgium's National Coordinator",
  },
  {
    username: "br.learner",
    tenant: "br",
    firstName: "João",
    lastName: "Conceição",
    position: "Auditor-Fiscal",
    locale: "pt-BR",
    roles: ["LEARNER"],
    site: "tenant",
    description: "Brazilian learner (Portuguese)",
  },
  {
    username: "jo.learner",
    tenant: "jo",
    firstName: "ليلى",
    lastName: "الحداد",
    position: "مفتش جمارك",
    locale: "ar",
    roles: ["LEARNER"],
    site: "tenant",
    description: "Jordanian learner (Arabic)",
  },
  {
    username: "in.learner",
    tenant: "in",
    firstName: "Priya",
    lastName: "Sharma",
    position: "Appraiser",
    locale: "en",
    roles: ["LEARNER"],
    site: "root",
    description: "Indian learner (administration without its own space)",
  },
  {
    username: "ru.learner",
    tenant: "ru",
    firstName: "Ольга",
    lastName: "Смирнова",
    position: "Инспектор таможни",
    locale: "ru",
    roles: ["LEARNER"],
    site: "root",
    description: "Russian learner (Russian)",
  },
  {
    username: "academy.buyer",
    tenant: "academy",
    firstName: "Sofia",
    lastName: "Rossi",
    position: "Trade compliance analyst",
    locale: "en",
    roles: ["LEARNER"],
    site: "academy",
    description: "Academy customer",
  },
  {
    username: "academy.manager",
    tenant: "academy",
    firstName: "Marc",
    lastName: "Weber",
    position: "Head of Customs Compliance",
    locale: "en",
    roles: ["LEARNER", "COMPANY_MANAGER"],
    site: "academy",
    description: "Company manager on the Academy",
  },
];

export function demoEmail(username: string): string {
  return `${username}@demo.clikc.test`;
}
