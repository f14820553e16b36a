// What the SCORM benchmarks share (`npm run bench:scorm`, `npm run bench:interactions`): a throw-away embedded
// database with the migrations and the demo data, a SCORM 2004 quiz SCO in the demo's SAFE-101 course with
// learners of Kenya enrolled and an attempt each, the quiz's 20 answered questions, and percentiles.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { throwAwayDatabase, type ThrowAwayDatabase } from "./bench-server";
import { prepareDatabase } from "../prepare-database";

export const BENCH_APP_PASSWORD = "scorm-benchmark";

export function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

/** The 20 questions a SCORM 2004 quiz commits, as scorm-again writes them (an object keyed by index). */
export function quizInteractions(): Record<string, Record<string, unknown>> {
  return Object.fromEntries(
    Array.from({ length: 20 }, (_, i) => [
      String(i),
      {
        id: `question-${i + 1}`,
        type: "choice",
        description: `Question ${i + 1} of the classification quiz`,
        weighting: "1",
        timestamp: "2026-12-01T10:00:00",
        learner_response: i % 3 ? "a" : "b",
        result: i % 3 ? "correct" : "incorrect",
        latency: "PT12S",
        correct_responses: { "0": { pattern: "a" } },
        objectives: { "0": { id: "classification" } },
      },
    ]),
  );
}

/** The commit a SCORM 2004 quiz makes after `sequence` autocommits: 4 KB of suspend data and 20 answered questions. */
export function scormCommitPayload(sequence: number, sessionId: string, seconds: number) {
  return {
    commitSequence: sequence,
    final: false,
    session: { id: sessionId, measuredSeconds: seconds },
    cmi: {
      location: `page-${sequence}`,
      suspend_data: "x".repeat(4096 - 12) + String(sequence).padStart(12, "0"),
      completion_status: "incomplete",
      exit: "suspend",
      score: { raw: "13", min: "0", max: "20", scaled: "0.65" },
      interactions: quizInteractions(),
    },
  };
}

/** What a benchmark's database holds, to print with its figures. */
export async function seedSize(ownerUrl: string): Promise<Record<string, string>> {
  const db = new pg.Client({ connectionString: ownerUrl });
  await db.connect();
  try {
    return (
      await db.query(`SELECT (SELECT count(*) FROM "Tenant" WHERE "kind" = 'ADMINISTRATION') AS administrations,
        (SELECT count(*) FROM "User") AS users, (SELECT count(*) FROM "Course") AS courses,
        (SELECT count(*) FROM "Enrolment") AS enrolments, (SELECT count(*) FROM "ScormAttempt") AS "scormAttempts",
        (SELECT count(*) FROM "QuizAttempt") AS "quizAttempts", (SELECT count(*) FROM "Certificate") AS certificates`)
    ).rows[0] as Record<string, string>;
  } finally {
    await db.end();
  }
}

/**
 * An embedded PostgreSQL in `.data/<name>` (emptied first, no fsync) with a database prepared by the migrations
 * and the demo data, without its generated content (the SCORM benchmarks bring their own package) unless
 * `demoContent`: then the seed stores it in CONTENT_STORE_DIR, which the servers must share.
 */
export async function benchDatabase(
  name: string,
  port: number,
  { demoContent = false }: { demoContent?: boolean } = {},
): Promise<ThrowAwayDatabase> {
  const database = await throwAwayDatabase({ name, port, password: "bench", database: "clikc_bench" });
  console.log(`Preparing the database (migrations, demo data${demoContent ? " and content" : ""})…`);
  process.env.SEED_DEMO_CONTENT = demoContent ? "1" : "0";
  await prepareDatabase({ ownerUrl: database.ownerUrl, appPassword: BENCH_APP_PASSWORD, seed: true });
  return database;
}

export interface BenchLearners {
  tenantId: string;
  courseId: string;
  moduleId: string;
  packageId: string;
  scoId: string;
  attempts: Array<{ id: string; userId: string }>;
}

/** `count` learners of Kenya, enrolled in SAFE-101, each with an empty attempt at a SCORM 2004 quiz SCO of its module. */
export async function seedScormLearners(ownerUrl: string, count: number): Promise<BenchLearners> {
  const db = new pg.Client({ connectionString: ownerUrl });
  await db.connect();
  try {
    const [tenant] = (await db.query(`SELECT id FROM "Tenant" WHERE slug = 'ke'`)).rows;
    const [course] = (
      await db.query(
        `SELECT c.id, m.id AS "moduleId" FROM "Course" c JOIN "CourseModule" m ON m."courseId" = c.id AND m.kind = 'SCORM' WHERE c.code = 'SAFE-101'`,
      )
    ).rows;
    const packageId = randomUUID();
    const scoId = randomUUID();
    // The module's next version, as a new upload makes it: the demo content may have stored one already.
    await db.query(`UPDATE "ScormPackage" SET "replacedAt" = now() WHERE "moduleId" = $1 AND "replacedAt" IS NULL`, [
      course.moduleId,
    ]);
    await db.query(
      `INSERT INTO "ScormPackage" (id, "tenantId", "courseId", "moduleId", audience, version, title, "storageKey", "fileCount", bytes, number)
       SELECT $1, "tenantId", id, $2, audience, '2004', 'Classification quiz', $3, 2, 1000,
         (SELECT coalesce(max(number), 0) + 1 FROM "ScormPackage" WHERE "moduleId" = $2) FROM "Course" WHERE id = $4`,
      [packageId, course.moduleId, `scorm/${packageId}`, course.id],
    );
    await db.query(
      `INSERT INTO "ScormSco" (id, "tenantId", "courseId", "packageId", audience, identifier, title, href, position, runtime) SELECT $1, "tenantId", "courseId", $2, audience, 'quiz', 'Classification quiz', 'quiz/index.html', 0, $3 FROM "ScormPackage" WHERE id = $2`,
      [
        scoId,
        packageId,
        JSON.stringify({
          scaledPassingScore: 0.8,
          completionSetByContent: true,
          objectiveSetByContent: true,
          objectives: ["classification"],
        }),
      ],
    );
    const users = (
      await db.query(
        `INSERT INTO "User" (id, "tenantId", username, email, "passwordHash", "firstName", "lastName", "updatedAt")
       SELECT gen_random_uuid(), $1, 'bench.learner.' || n, 'bench.learner.' || n || '@example.org', '!', 'Bench', 'Learner ' || n, now() FROM generate_series(1, $2::int) AS n RETURNING id`,
        [tenant.id, count],
      )
    ).rows as Array<{ id: string }>;
    await db.query(
      `INSERT INTO "Enrolment" (id, "tenantId", "userId", "courseId") SELECT gen_random_uuid(), $1, u, $2 FROM unnest($3::uuid[]) AS u`,
      [tenant.id, course.id, users.map((u) => u.id)],
    );
    const attempts = (
      await db.query(
        `INSERT INTO "ScormAttempt" (id, "tenantId", "userId", "scoId", "updatedAt") SELECT gen_random_uuid(), $1, u, $2, now() FROM unnest($3::uuid[]) AS u RETURNING id, "userId"`,
        [tenant.id, scoId, users.map((u) => u.id)],
      )
    ).rows as Array<{ id: string; userId: string }>;
    return { tenantId: tenant.id, courseId: course.id, moduleId: course.moduleId, packageId, scoId, attempts };
  } finally {
    await db.end();
  }
}
