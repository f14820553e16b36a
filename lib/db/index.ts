// The only entry points to the database for code outside lib/db.
import { Prisma, type PrismaClient } from "./generated/client";
import type { Role, TenantKind, UserStatus, WcoRegion } from "./generated/enums";
import { rawClient } from "./client";
import { scopeToTenant, type TenantContext } from "./tenant-scope";

export type { TenantContext, ViewerAudience } from "./tenant-scope";
export {
  announceChange,
  caughtUpWithChanges,
  listenForCacheChanges,
  registerCache,
  sharedCache,
} from "./cache-announcements";
export type TenantDb = ReturnType<typeof scopeToTenant<PrismaClient>>;
export type TenantTx = Parameters<Parameters<TenantDb["$transaction"]>[0]>[0];
export type PlatformTx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** Sets the request's tenant and audience for the current transaction only (safe with transaction pooling). */
async function setTenantSettings(tx: PlatformTx, ctx: TenantContext): Promise<void> {
  await tx.$queryRaw`SELECT set_config('app.tenant_id', ${ctx.tenantId}, true), set_config('app.audience', ${ctx.audience}, true)`;
}

/**
 * How long a transaction may wait for a connection before it fails: Prisma's 2 s unless
 * DB_TRANSACTION_MAX_WAIT_MS says otherwise. Behind PgBouncer the wait includes PgBouncer's queue (ADR 0035).
 */
function transactionOptions(): { maxWait: number } | undefined {
  const maxWait = Number(process.env.DB_TRANSACTION_MAX_WAIT_MS);
  return maxWait > 0 ? { maxWait } : undefined;
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
  }, transactionOptions());
}

/**
 * Functions of the database that do a hot path's whole work in one statement, in a tenant's context: each
 * takes the tenant and the audience first and begins with `rls_use_tenant()`, the settings forTenant() gives a
 * transaction, so row-level security applies to all it touches (tests/integration/tenant-isolation.test.ts
 * checks each). One round trip, no interactive transaction (ADR 0020).
 */
export const TENANT_FUNCTIONS = ["scorm_attempt_sco", "scorm_store_commit"] as const;

/** Calls a tenant function as a statement of its own, with the context first and then `args` (typed casts). */
export async function forTenantFunction<T>(
  ctx: TenantContext,
  name: (typeof TENANT_FUNCTIONS)[number],
  args: Prisma.Sql[],
): Promise<T[]> {
  if (!TENANT_FUNCTIONS.includes(name)) throw new Error(`Not a tenant function: ${name}`);
  return rawClient().$queryRaw<T[]>(
    Prisma.sql`SELECT * FROM ${Prisma.raw(name)}(${ctx.tenantId}::uuid, ${ctx.audience}::text, ${Prisma.join(args)})`,
  );
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
  }, transactionOptions());
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

/** Closes this process's pool (a server process that stops, ADR 0035). */
export async function disconnectDatabase(): Promise<void> {
  await rawClient().$disconnect();
}

export { Prisma } from "./generated/client";
export type {
  Role,
  TenantKind,
  UserStatus,
  Audience,
  CourseType,
  ModuleKind,
  CourseStatus,
  WcoRegion,
  EmailTokenPurpose,
  RegistrationStatus,
  QuestionKind,
  WorkshopApplicationStatus,
  StoreOrderStatus,
} from "./generated/enums";
export { applicationDatabaseUrl, directDatabaseUrl } from "./client";
