// The only entry points to the database for code outside lib/db.
import type { Prisma, PrismaClient } from "./generated/client";
import type { Role, TenantKind, UserStatus, WcoRegion } from "./generated/enums";
import { rawClient } from "./client";
import { scopeToTenant, type TenantContext } from "./tenant-scope";

export type { TenantContext, ViewerAudience } from "./tenant-scope";
export { announceChange, listenForCacheChanges, registerCache, sharedCache } from "./cache-announcements";
export type TenantDb = ReturnType<typeof scopeToTenant<PrismaClient>>;
export type TenantTx = Parameters<Parameters<TenantDb["$transaction"]>[0]>[0];
export type PlatformTx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** Sets the request's tenant and audience for the current transaction only (safe with transaction pooling). */
async function setTenantSettings(tx: PlatformTx, ctx: TenantContext): Promise<void> {
  await tx.$queryRaw`SELECT set_config('app.tenant_id', ${ctx.tenantId}, true), set_config('app.audience', ${ctx.audience}, true)`;
}

/**
 * Runs `work` in one transaction limited to the tenant of `ctx`, in both layers: the application filter
 * on every query, and PostgreSQL row-level security through the transaction's settings.
 */
export async function forTenant<T>(ctx: TenantContext, work: (db: TenantTx) => Promise<T>): Promise<T> {
  const scoped = scopeToTenant(rawClient(), ctx);
  return scoped.$transaction(async (tx) => {
    await setTenantSettings(tx as unknown as PlatformTx, ctx);
    return work(tx);
  });
}

/**
 * One raw statement limited to the tenant of `ctx`, for hot paths whose whole work is one statement: the
 * transaction's settings for row-level security and the statement go to PostgreSQL as one batch transaction,
 * without an interactive transaction's round trips and timers. Raw SQL is not rewritten by the application
 * filter: the statement names `"tenantId"` of every tenant-scoped table it reads or writes at the top level.
 */
export async function forTenantStatement<T>(ctx: TenantContext, statement: Prisma.Sql): Promise<T[]> {
  const client = rawClient();
  const [, rows] = await client.$transaction([
    client.$queryRaw`SELECT set_config('app.tenant_id', ${ctx.tenantId}, true), set_config('app.audience', ${ctx.audience}, true)`,
    client.$queryRaw<T[]>(statement),
  ]);
  return rows;
}

/**
 * Deliberate access across tenants, for the WCO console, sign-in and background jobs. Every call names
 * its reason, which is logged: grep for asPlatform to audit the bypasses.
 */
export async function asPlatform<T>(reason: string, work: (db: PlatformTx) => Promise<T>): Promise<T> {
  if (process.env.LOG_PLATFORM_ACCESS === "1") console.info(JSON.stringify({ event: "platform-access", reason }));
  return rawClient().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT set_config('app.platform', 'on', true)`;
    return work(tx);
  });
}

/** Public reference data: the tenant registry with its logos, topics, platform settings and terms. */
export const registry = {
  tenant: () => rawClient().tenant,
  tenantLogo: () => rawClient().tenantLogo,
  platformSettings: () => rawClient().platformSettings,
  terms: () => rawClient().termsAndConditions,
  topic: () => rawClient().topic,
};

/** The signed-in user's state and home tenant, for the session check on every request (one round trip). */
export async function readSessionUser(userId: string) {
  const rows = await rawClient().$queryRaw<
    Array<{
      id: string;
      username: string;
      firstName: string;
      lastName: string;
      locale: string | null;
      roles: Role[];
      status: UserStatus;
      sessionVersion: number;
      tenantId: string;
      tenantKind: TenantKind;
      tenantRegion: WcoRegion | null;
      tenantCountryCode: string | null;
    }>
  >`SELECT * FROM session_user_state(${userId}::uuid)`;
  return rows[0] ?? null;
}

/** True when the database answers a trivial query. */
export async function databaseIsReachable(): Promise<boolean> {
  try {
    await rawClient().$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}

export { Prisma } from "./generated/client";
export type {
  Role,
  TenantKind,
  UserStatus,
  Audience,
  CourseType,
  CourseStatus,
  WcoRegion,
  EmailTokenPurpose,
  RegistrationStatus,
  QuestionKind,
  WorkshopApplicationStatus,
  StoreOrderStatus,
} from "./generated/enums";
export { applicationDatabaseUrl } from "./client";
