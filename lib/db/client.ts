// The raw Prisma client. Only lib/db uses it: everything else goes through forTenant(), asPlatform() or
// the registry, so that no query can forget the tenant (docs/decisions/0002-tenant-isolation.md).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

const cache = globalThis as unknown as { __clikcPrisma?: PrismaClient };

/** The application's connection string: the restricted clikc_app role (NOSUPERUSER NOBYPASSRLS). */
export function applicationDatabaseUrl(): string {
  const url = process.env.APP_DATABASE_URL;
  if (!url) throw new Error("APP_DATABASE_URL is not set: start the platform with `npm start`.");
  return url;
}

/**
 * The application role's direct connection to PostgreSQL, for what needs a session of its own: the cache
 * listener's LISTEN and the job queue. APP_DATABASE_URL may go through PgBouncer in transaction pooling mode,
 * which cannot carry them; without APP_DIRECT_DATABASE_URL both use APP_DATABASE_URL (ADR 0035).
 */
export function directDatabaseUrl(): string {
  return process.env.APP_DIRECT_DATABASE_URL || applicationDatabaseUrl();
}

export function createClient(connectionString: string, max = Number(process.env.DB_POOL_SIZE ?? 10)): PrismaClient {
  // A bounded connect time, so an unreachable database fails a request (and the health check) quickly.
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max, connectionTimeoutMillis: 5_000 }) });
}

export function rawClient(): PrismaClient {
  cache.__clikcPrisma ??= createClient(applicationDatabaseUrl());
  return cache.__clikcPrisma;
}
