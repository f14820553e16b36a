// The question bank's migration, run on a database migrated up to the migration before it and holding quizzes
// written the old way (questions per quiz module): nothing is lost and learners see the same quizzes.
import { randomUUID } from "node:crypto";
import { applyMigration, migrateUpTo, setUpMigrationDatabase } from "../helpers/migration-database";

const BANK_MIGRATION = "20261201163920_question_bank";

const inDatabase = setUpMigrationDatabase();
const ids = {
  tenant: randomUUID(),
  course: randomUUID(),
  section: randomUUID(),
  quiz: randomUUID(),
  other: randomUUID(),
};
const question = (id: string, moduleId: string, position: number, prompt: string) =>
  `INSERT INTO "QuizQuestion" ("id", "tenantId", "courseId", "moduleId", "audience", "kind", "prompt", "choices", "answer", "points", "position")
   VALUES ('${id}', '${ids.tenant}', '${ids.course}', '${moduleId}', 'PUBLIC', 'SINGLE_CHOICE', '{"en": "${prompt}"}',
           '[{"id": "a", "text": {"en": "Yes"}}, {"id": "b", "text": {"en": "No"}}]', '["a"]', 2, ${position})`;

describe("the question bank's migration", () => {
  it("moves every quiz's questions into its course's bank, in the same order, each with its version 1", async () => {
    const q = [randomUUID(), randomUUID(), randomUUID()];
    await inDatabase(async (client) => {
      await migrateUpTo(client, BANK_MIGRATION);
      await client.query(`
        INSERT INTO "Tenant" ("id", "slug", "kind", "name", "updatedAt") VALUES ('${ids.tenant}', 'wco', 'WCO', 'WCO', now());
        INSERT INTO "Course" ("id", "tenantId", "code", "type", "audience", "durationMinutes", "updatedAt")
          VALUES ('${ids.course}', '${ids.tenant}', 'OLD-101', 'ELEARNING', 'PUBLIC', 60, now());
        INSERT INTO "CourseSection" ("id", "tenantId", "courseId", "audience", "position", "title")
          VALUES ('${ids.section}', '${ids.tenant}', '${ids.course}', 'PUBLIC', 0, '{"en": "Part"}');
        INSERT INTO "CourseModule" ("id", "tenantId", "courseId", "sectionId", "audience", "position", "kind", "title") VALUES
          ('${ids.quiz}', '${ids.tenant}', '${ids.course}', '${ids.section}', 'PUBLIC', 0, 'QUIZ', '{"en": "Quiz"}'),
          ('${ids.other}', '${ids.tenant}', '${ids.course}', '${ids.section}', 'PUBLIC', 1, 'QUIZ', '{"en": "Other"}');
      `);
      // Positions with a gap and out of insertion order, as older removals left them.
      await client.query(question(q[0], ids.quiz, 3, "Third"));
      await client.query(question(q[1], ids.quiz, 0, "First"));
      await client.query(question(q[2], ids.other, 0, "Alone"));

      await applyMigration(client, BANK_MIGRATION);

      const bank = await client.query(`SELECT "id", "courseId", "version", "points" FROM "QuizQuestion" ORDER BY "id"`);
      expect(bank.rows).toEqual([...q].sort().map((id) => ({ id, courseId: ids.course, version: 1, points: 2 })));
      const slots = await client.query(
        `SELECT "moduleId", "position", "questionId", "audience" FROM "QuizSlot" ORDER BY "moduleId" = '${ids.other}', "position"`,
      );
      expect(slots.rows).toEqual([
        { moduleId: ids.quiz, position: 0, questionId: q[1], audience: "PUBLIC" },
        { moduleId: ids.quiz, position: 1, questionId: q[0], audience: "PUBLIC" },
        { moduleId: ids.other, position: 0, questionId: q[2], audience: "PUBLIC" },
      ]);
      const versions = await client.query(
        `SELECT "questionId", "version", "prompt", "answer", "choices" FROM "QuizQuestionVersion" WHERE "questionId" = $1`,
        [q[1]],
      );
      expect(versions.rows).toEqual([
        {
          questionId: q[1],
          version: 1,
          prompt: { en: "First" },
          answer: ["a"],
          choices: [
            { id: "a", text: { en: "Yes" } },
            { id: "b", text: { en: "No" } },
          ],
        },
      ]);
      // A quiz's removal no longer takes its questions: they stay in the bank.
      await client.query(`DELETE FROM "CourseModule" WHERE "id" = $1`, [ids.other]);
      expect((await client.query(`SELECT count(*)::int AS n FROM "QuizQuestion"`)).rows).toEqual([{ n: 3 }]);
      // Row-level security is forced on the new tables.
      const rls = await client.query(
        `SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class
          WHERE relname IN ('QuizSlot', 'QuizCategory', 'QuizQuestionVersion') ORDER BY relname`,
      );
      expect(rls.rows.every((r) => r.relrowsecurity && r.relforcerowsecurity)).toBe(true);
      expect(rls.rows).toHaveLength(3);
    });
  });
});
