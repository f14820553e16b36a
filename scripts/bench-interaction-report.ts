// `npm run bench:interactions`: the SCORM interaction report at scale. On a throw-away embedded database with the
// demo data, 10,000 learners of Kenya (BENCH_ATTEMPTS) each commit an attempt at a 20-question SCORM 2004 quiz
// (BENCH_QUESTIONS): the attempts' CMI and their ScormInteraction rows are written as the commit path writes
// them (scorm_cmi_answers(), the function scorm_store_commit uses), in SQL. Then Kenya's coordinator opens the
// report through its view use case, as the page does, connected as the application role: the first page, a page
// in the middle, the last page, and a learner filter, each BENCH_RUNS times. Prints p50/p95 per view and for all
// (each view is the page's one transaction: the modules, the questions' summary, a page of answers), and the load
// average. Goal: p95 under 500 ms. BENCH_EXPLAIN=1 also prints each read's EXPLAIN (ANALYZE, BUFFERS).
import { availableParallelism, loadavg } from "node:os";
import pg from "pg";
import { benchDatabase, BENCH_APP_PASSWORD, percentile, quizInteractions, seedScormLearners } from "./lib/scorm-bench";
import { applicationUrl } from "./prepare-database";

const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 5470);
const ATTEMPTS = Number(process.env.BENCH_ATTEMPTS ?? 10_000);
const QUESTIONS = Number(process.env.BENCH_QUESTIONS ?? 20);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);

/** Every attempt's CMI (varied responses: 1 to 4 per question) and its answers, as the commits would store them. */
async function commitAnswers(ownerUrl: string, scoId: string) {
  const template = Object.values(quizInteractions())[0];
  const db = new pg.Client({ connectionString: ownerUrl });
  await db.connect();
  try {
    await db.query(
      `UPDATE "ScormAttempt" a SET "commitSeq" = 1, "completionStatus" = 'completed', "cmi" = jsonb_build_object(
         'completion_status', 'completed', 'suspend_data', repeat('x', 4096),
         'interactions', (SELECT jsonb_object_agg(q::text, $2::jsonb || jsonb_build_object(
             'id', 'question-' || (q + 1), 'description', 'Question ' || (q + 1) || ' of the classification quiz',
             'learner_response', chr(97 + abs(hashtext(a."id"::text || q)) % (1 + q % 4)),
             'result', CASE WHEN abs(hashtext(a."id"::text || q)) % (1 + q % 4) = 0 THEN 'correct' ELSE 'incorrect' END))
           FROM generate_series(0, $3::int - 1) q))
       WHERE a."scoId" = $1`,
      [scoId, JSON.stringify(template), QUESTIONS],
    );
    await db.query(`SELECT set_config('app.platform', 'on', false)`);
    const { rowCount } = await db.query(
      `INSERT INTO "ScormInteraction" ("tenantId", "attemptId", "scoId", "question", "description", "response", "result", "position")
       SELECT a."tenantId", a."id", a."scoId", x.* FROM "ScormAttempt" a CROSS JOIN LATERAL scorm_cmi_answers(a."cmi") x
       WHERE a."scoId" = $1`,
      [scoId],
    );
    await db.query(`VACUUM ANALYZE "ScormAttempt", "ScormInteraction", "User"`);
    return rowCount ?? 0;
  } finally {
    await db.end();
  }
}

type Manager = Parameters<typeof import("../lib/team/reports/interaction-report").teamInteractionReport>[0];

/**
 * BENCH_EXPLAIN=1: each view's reads, captured as the report runs them, then each under EXPLAIN (ANALYZE, BUFFERS)
 * in a transaction of its own on the application role with the coordinator's tenant settings; plans printed.
 */
async function explainViews(
  appUrl: string,
  manager: Manager,
  moduleId: string,
  views: Array<{ name: string; params: object; page: number }>,
) {
  const { teamInteractionReport } = await import("../lib/team/reports/interaction-report");
  const { parseInteractionParams } = await import("../lib/records/interaction-report");
  const app = new pg.Client({ connectionString: appUrl });
  await app.connect();
  try {
    for (const view of views) {
      const reads: Array<{ text: string; values: unknown[] }> = [];
      const capture = (tx: object) =>
        new Proxy(tx, {
          get(target, key, receiver) {
            const member = Reflect.get(target, key, receiver);
            if (key !== "$queryRaw") return member;
            return (query: { text: string; values: unknown[] }) => {
              reads.push(query);
              return member.call(target, query);
            };
          },
        });
      await teamInteractionReport(
        manager,
        parseInteractionParams({ module: moduleId, ...view.params }),
        { page: view.page },
        capture as never,
      ).catch((error: Error) => console.log(`(${view.name}: ${error.message.split("\n")[0]})`));
      console.log(`\n## ${view.name}`);
      for (const read of reads) {
        await app.query("BEGIN");
        await app.query(
          `SELECT set_config('app.tenant_id', $1, true), set_config('app.audience', 'CUSTOMS', true), set_config('work_mem', '64MB', true)`,
          [manager.homeTenantId],
        );
        const plan = await app.query(`EXPLAIN (ANALYZE, BUFFERS) ${read.text}`, read.values);
        await app.query("ROLLBACK");
        console.log(`\n${plan.rows.map((row) => row["QUERY PLAN"]).join("\n")}`);
      }
    }
  } finally {
    await app.end();
  }
}

async function main() {
  const database = await benchDatabase("bench-interactions", PG_PORT);
  const { ownerUrl } = database;
  try {
    console.log(`Seeding ${ATTEMPTS} attempts of ${QUESTIONS} answers…`);
    const seeded = await seedScormLearners(ownerUrl, ATTEMPTS);
    const answers = await commitAnswers(ownerUrl, seeded.scoId);
    // The application's modules read APP_DATABASE_URL when first used: import them after setting it.
    process.env.APP_DATABASE_URL = applicationUrl(ownerUrl, BENCH_APP_PASSWORD);
    const { teamInteractionReport } = await import("../lib/team/reports/interaction-report");
    const { parseInteractionParams, ANSWERS_PAGE_SIZE } = await import("../lib/records/interaction-report");
    const owner = new pg.Client({ connectionString: ownerUrl });
    await owner.connect();
    const [coordinator] = (
      await owner.query(
        `SELECT id, "firstName", "lastName", roles, "tenantId" FROM "User" WHERE username = 'ke.coordinator'`,
      )
    ).rows;
    const manager = { ...coordinator, homeTenantId: coordinator.tenantId, locale: "en" as const };
    const lastPage = Math.ceil(answers / ANSWERS_PAGE_SIZE);
    const views = [
      { name: "page 1", params: {}, page: 1 },
      { name: `page ${Math.ceil(lastPage / 2)}`, params: {}, page: Math.ceil(lastPage / 2) },
      { name: `last page (${lastPage})`, params: {}, page: lastPage },
      { name: 'learner "Learner 42"', params: { learner: "Learner 42" }, page: 1 },
    ];
    const all: number[] = [];
    const lines: string[] = [];
    const loadBefore = loadavg();
    if (process.env.BENCH_EXPLAIN === "1")
      await explainViews(process.env.APP_DATABASE_URL, manager, seeded.moduleId, [views[0], views[2], views[3]]);
    // One view not measured first (connection pool, JIT, the database's caches).
    await teamInteractionReport(manager, parseInteractionParams({ module: seeded.moduleId }), { page: 1 });
    for (const view of views) {
      const times: number[] = [];
      let total = 0;
      for (let run = 0; run < RUNS; run++) {
        const started = performance.now();
        const report = await teamInteractionReport(
          manager,
          parseInteractionParams({ module: seeded.moduleId, ...view.params }),
          { page: view.page },
        );
        times.push(performance.now() - started);
        total = report.total;
      }
      times.sort((a, b) => a - b);
      all.push(...times);
      lines.push(
        `| ${view.name} | ${total} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} | ${times[times.length - 1].toFixed(1)} |`,
      );
    }
    all.sort((a, b) => a - b);
    const loadAfter = loadavg();
    const load = (l: number[]) => l.map((v) => v.toFixed(2)).join(" ");
    console.log(
      `\nSeed: ${ATTEMPTS} attempts × ${QUESTIONS} questions = ${answers} answers of one administration, one module. ${RUNS} runs per view on ${availableParallelism()} cores; load average before / after: ${load(loadBefore)} / ${load(loadAfter)}.\n`,
    );
    console.log("| view (one transaction: modules, summary, a page of answers) | answers | p50 ms | p95 ms | max ms |");
    console.log("|---|---|---|---|---|");
    for (const line of lines) console.log(line);
    console.log(
      `| all views | | ${percentile(all, 50).toFixed(1)} | ${percentile(all, 95).toFixed(1)} | ${all[all.length - 1].toFixed(1)} |`,
    );
    await owner.end();
    const goal = percentile(all, 95) < 500;
    console.log(`\nGoal (p95 under 500 ms): ${goal ? "met" : "NOT met"}.`);
  } catch (error) {
    // Printed before the database stops: its idle connections then fail on their own.
    console.error(error);
    process.exit(1);
  } finally {
    await database.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
