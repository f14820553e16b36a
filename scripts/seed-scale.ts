// `npm run seed:scale`: a database the size of a mature platform, for the benchmark: 186 administrations,
// 100,000 users, 1,000 courses, 1,000,000 enrolments, 250,000 of them completed. Generated in SQL, so it
// takes a few minutes on 2 cores. Running it again starts from an empty database.
import pg from "pg";
import { hashPassword } from "../lib/auth/password";
import { openScaleDatabase, SCALE, SCALE_APP_PASSWORD, SCALE_PASSWORD } from "./lib/scale-cluster";
import { prepareDatabase } from "./prepare-database";

async function main() {
  const { ownerUrl, stop } = await openScaleDatabase();
  const started = Date.now();
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(
      "DROP SCHEMA IF EXISTS public CASCADE; DROP SCHEMA IF EXISTS pgboss CASCADE; CREATE SCHEMA public;",
    );
    await prepareDatabase({ ownerUrl, appPassword: SCALE_APP_PASSWORD, seed: true });
    const passwordHash = await hashPassword(SCALE_PASSWORD);
    const step = async (label: string, sql: string, params: unknown[] = []) => {
      const t0 = Date.now();
      const result = await client.query(sql, params);
      console.log(`${label}: ${result.rowCount ?? 0} rows in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    };
    await step(
      "users",
      `
      INSERT INTO "User" ("id", "tenantId", "username", "email", "passwordHash", "firstName", "lastName", "roles", "status", "updatedAt")
      SELECT gen_random_uuid(), t."id", 'scale.user.' || n, 'scale.user.' || n || '@scale.clikc.test', $1, 'User', 'Number ' || n, ARRAY['LEARNER']::"Role"[], 'ACTIVE', now()
      FROM generate_series(1, $2::int) AS n
      JOIN LATERAL (SELECT "id" FROM "Tenant" WHERE "kind" = 'ADMINISTRATION' ORDER BY "slug" OFFSET (n % 186) LIMIT 1) t ON true`,
      [passwordHash, SCALE.users],
    );
    const existing = Number((await client.query(`SELECT count(*) FROM "Course"`)).rows[0].count);
    await step(
      "courses",
      `
      INSERT INTO "Course" ("id", "tenantId", "code", "type", "audience", "regions", "countries", "languages", "topics", "durationMinutes", "featured", "hasCertificate", "status", "publishedAt", "updatedAt")
      SELECT gen_random_uuid(), (SELECT "id" FROM "Tenant" WHERE "slug" = 'wco'), 'SCALE-' || n,
             (ARRAY['ELEARNING','ELEARNING','ELEARNING','WORKSHOP','RESOURCE','VCOA'])[1 + n % 6]::"CourseType",
             (ARRAY['MEMBERS','MEMBERS','PUBLIC','CUSTOMS_ONLY'])[1 + n % 4]::"Audience", '{}', '{}',
             CASE WHEN n % 3 = 0 THEN ARRAY['en','fr'] ELSE ARRAY['en'] END,
             ARRAY[(SELECT "slug" FROM "Topic" ORDER BY "slug" OFFSET (n % 14) LIMIT 1)], 60 + n % 240, false, true, 'PUBLISHED', now(), now()
      FROM generate_series(1, $1::int) AS n`,
      [SCALE.courses - existing],
    );
    await step(
      "course texts",
      `
      INSERT INTO "CourseTranslation" ("id", "tenantId", "courseId", "isCore", "audience", "locale", "title", "summary", "description", "objectives")
      SELECT gen_random_uuid(), c."tenantId", c."id", true, c."audience", l.locale,
             CASE l.locale WHEN 'fr' THEN 'Cours de douane ' ELSE 'Customs course ' END || substr(c."code", 7) || ' — ' || (tp."names" ->> l.locale),
             CASE l.locale WHEN 'fr' THEN 'Un cours sur ' ELSE 'A course on ' END || (tp."names" ->> l.locale), '', '{}'
      FROM "Course" c CROSS JOIN LATERAL unnest(c."languages") AS l(locale) JOIN "Topic" tp ON tp."slug" = c."topics"[1]
      WHERE c."code" LIKE 'SCALE-%'`,
    );
    await step(
      "enrolments",
      `
      INSERT INTO "Enrolment" ("id", "tenantId", "userId", "courseId", "status", "progressPercent", "enrolledAt", "lastVisitedAt")
      SELECT gen_random_uuid(), u."tenantId", u."id", c."id", 'IN_PROGRESS', (u.n * 7 + k * 13) % 100, now() - ((u.n + k) % 365) * interval '1 day', now() - ((u.n * k) % 90) * interval '1 day'
      FROM (SELECT "id", "tenantId", row_number() OVER (ORDER BY "id") AS n FROM "User" WHERE "username" LIKE 'scale.user.%') u
      CROSS JOIN generate_series(1, $1::int) AS k
      JOIN (SELECT "id", row_number() OVER (ORDER BY "id") - 1 AS i FROM "Course") c ON c.i = (u.n * 7 + k * 97) % $2::int`,
      [SCALE.enrolmentsPerUser, SCALE.courses],
    );
    await step(
      "completions",
      `
      UPDATE "Enrolment" SET "status" = 'COMPLETED', "progressPercent" = 100, "completedAt" = "enrolledAt" + interval '20 days'
      WHERE ('x' || substr(md5("id"::text), 1, 8))::bit(32)::int % $1::int = 0`,
      [SCALE.completedShare],
    );
    await step("analyse", "ANALYZE");
    const counts = (
      await client.query(`SELECT (SELECT count(*) FROM "Tenant" WHERE "kind" = 'ADMINISTRATION') AS administrations, (SELECT count(*) FROM "User") AS users,
      (SELECT count(*) FROM "Course") AS courses, (SELECT count(*) FROM "Enrolment") AS enrolments, (SELECT count(*) FROM "Enrolment" WHERE "status" = 'COMPLETED') AS completions`)
    ).rows[0];
    console.log(`Scale seed ready in ${((Date.now() - started) / 1000).toFixed(0)} s:`, counts);
  } finally {
    await client.end();
    await stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
