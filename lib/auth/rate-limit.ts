// Fixed-window rate limits kept in PostgreSQL, so every server process shares the same counters.
import { asPlatform } from "@/lib/db";

export interface RateLimit {
  /** Attempts allowed per window. */
  limit: number;
  windowMs: number;
}

export interface RateLimitResult {
  allowed: boolean;
  retryAfterSeconds: number;
}

/** Counts one attempt against `key` and says whether it is within the limit. */
export async function consumeRateLimit(key: string, { limit, windowMs }: RateLimit): Promise<RateLimitResult> {
  const [row] = await asPlatform(
    "rate limit counter",
    (db) =>
      db.$queryRaw<{ count: number; resetAt: Date }[]>`
      INSERT INTO "RateLimitBucket" ("key", "count", "resetAt")
      VALUES (${key}, 1, now() + make_interval(secs => ${windowMs / 1000}))
      ON CONFLICT ("key") DO UPDATE SET
        "count" = CASE WHEN "RateLimitBucket"."resetAt" <= now() THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
        "resetAt" = CASE WHEN "RateLimitBucket"."resetAt" <= now() THEN EXCLUDED."resetAt" ELSE "RateLimitBucket"."resetAt" END
      RETURNING "count", "resetAt"`,
  );
  return {
    allowed: row.count <= limit,
    retryAfterSeconds: Math.max(0, Math.ceil((row.resetAt.getTime() - Date.now()) / 1000)),
  };
}

export async function resetRateLimit(key: string): Promise<void> {
  await asPlatform("rate limit reset", (db) => db.rateLimitBucket.deleteMany({ where: { key } }));
}

/** Gives back one attempt counted against `key` in its current window (an attempt that turned out not to be abuse). */
export async function refundRateLimit(key: string): Promise<void> {
  await asPlatform(
    "rate limit refund",
    (db) =>
      db.$executeRaw`UPDATE "RateLimitBucket" SET "count" = GREATEST("count" - 1, 0) WHERE "key" = ${key} AND "resetAt" > now()`,
  );
}
