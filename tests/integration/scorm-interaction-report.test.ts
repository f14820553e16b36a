// The SCORM interaction report, read back from answers committed through the runtime into PostgreSQL: the
// per-question counts and responses for SCORM 2004 and 1.2 shapes, the last answer of a question within an
// attempt, filters and pages, the exported tables, and who sees whose answers (a coordinator their
// administration's learners, a WCO admin every administration's, an author their own course's only).
import { loadViewer } from "@/lib/auth/load-viewer";
import { authorOn, type Author } from "@/lib/authoring/author";
import { viewInteractionReport } from "@/lib/authoring/view-interaction-report";
import { NotFound } from "@/lib/errors";
import { enrolInCourse } from "@/lib/learning/enrol-in-course";
import { scoStatusKey } from "@/lib/learning/my-scorm-results";
import { viewRecordOfLearning } from "@/lib/learning/view-record-of-learning";
import {
  ANSWERS_PAGE_SIZE,
  answersTable,
  parseInteractionParams,
  questionsTable,
  type InteractionTableLabels,
} from "@/lib/records/interaction-report";
import { attachScormPackage } from "@/lib/scorm/attach-package";
import { commitAttempt, launchSco } from "@/lib/scorm/attempts";
import { teamInteractionReport } from "@/lib/team/reports/interaction-report";
import type { Manager } from "@/lib/team/team-scope";
import { scorm12QuizPackage, scorm2004QuizPackage } from "../helpers/scorm-fixtures";
import { scopeOfUser } from "../helpers/scopes";
import { siteFor } from "../helpers/sites";
import { setUpTestDatabase } from "../helpers/test-database";

const db = setUpTestDatabase();
jest.setTimeout(60_000);
const ORIGIN = "http://ke.localhost:3000";

async function authorAs(username: string, site: string): Promise<Author> {
  const user = await db.owner.user.findUniqueOrThrow({ where: { username } });
  const on = await siteFor(site);
  return authorOn(on, await loadViewer(user.id, user.sessionVersion, on));
}

async function manager(username: string): Promise<Manager> {
  const user = await db.owner.user.findUniqueOrThrow({ where: { username } });
  const { id, firstName, lastName, roles } = user;
  return { id, firstName, lastName, roles, homeTenantId: user.tenantId, locale: "en" };
}

async function scormModule(code: string, zip: Uint8Array, author: Author) {
  const target = await db.owner.courseModule.findFirstOrThrow({ where: { kind: "SCORM", course: { code } } });
  await attachScormPackage(author, target.courseId, target.id, zip);
  return { moduleId: target.id, courseId: target.courseId };
}

/** The learner (enrolled first) plays one attempt of the module and commits `cmi` once. */
async function answer(username: string, site: string, courseId: string, moduleId: string, cmi: object) {
  const learner = await scopeOfUser(db.owner, username, site);
  await enrolInCourse(learner, { id: learner.userId, homeTenantId: learner.homeTenantId }, courseId).catch(() => {});
  const launch = await launchSco(learner, learner.userId, moduleId, 0, ORIGIN);
  await commitAttempt(learner, learner.userId, launch.attemptId, { commitSequence: 1, final: false, cmi });
  return launch.attemptId;
}

const i2004 = (id: string, response: string, result: string, description = `Question ${id}`) => ({
  id,
  type: "choice",
  description,
  learner_response: response,
  result,
  correct_responses: { "0": { pattern: "a" } },
  weighting: "1",
  latency: "PT5S",
});

const params = (moduleId: string, extra: Record<string, string> = {}) =>
  parseInteractionParams({ module: moduleId, ...extra });

let dm: { moduleId: string; courseId: string };
let safe: { moduleId: string; courseId: string };
let keOwn: { moduleId: string; courseId: string };

beforeAll(async () => {
  const wco = await authorAs("wco.admin", "root");
  dm = await scormModule("DM-101", scorm2004QuizPackage(), wco);
  safe = await scormModule("SAFE-101", scorm12QuizPackage(), wco);
  keOwn = await scormModule("KE-EAC-CET", scorm2004QuizPackage("Kenya's quiz"), await authorAs("ke.coordinator", "ke"));
  // SCORM 2004, Kenya: Amina answers q1 wrongly first, then rightly (a later entry of the same question), q2 wrongly.
  await answer("ke.learner", "ke", dm.courseId, dm.moduleId, {
    completion_status: "incomplete",
    interactions: {
      "0": i2004("q1", "b", "incorrect"),
      "1": i2004("q2", "c", "incorrect"),
      "2": i2004("q1", "a", "correct"),
    },
  });
  // Kenya's coordinator takes the quiz too: both answers right.
  await answer("ke.coordinator", "ke", dm.courseId, dm.moduleId, {
    completion_status: "completed",
    interactions: { "0": i2004("q1", "a", "correct"), "1": i2004("q2", "a", "correct") },
  });
  // Belgium: one answer to q1, given as an array as some runtimes write it.
  await answer("be.learner", "be", dm.courseId, dm.moduleId, {
    completion_status: "incomplete",
    interactions: [i2004("q1", "b", "incorrect")],
  });
  // SCORM 1.2: student_response and "wrong".
  await answer("ke.learner", "ke", safe.courseId, safe.moduleId, {
    core: { lesson_status: "incomplete" },
    interactions: {
      "0": { id: "v1", type: "choice", student_response: "a", result: "correct" },
      "1": { id: "v2", type: "choice", student_response: "b", result: "wrong" },
      "2": { id: "v3", type: "fill-in", student_response: "CIF", result: "neutral" },
    },
  });
  // The administration's own course, played by its learner.
  await answer("ke.learner", "ke", keOwn.courseId, keOwn.moduleId, {
    completion_status: "incomplete",
    interactions: { "0": i2004("k1", "a", "correct") },
  });
});

describe("aggregation", () => {
  it("SCORM 2004: attempts, correct and incorrect per question, the responses by frequency; a question's last entry counts", async () => {
    const report = await teamInteractionReport(await manager("ke.coordinator"), params(dm.moduleId), { page: 1 });
    expect(report.module?.id).toBe(dm.moduleId);
    expect(report.questions).toEqual([
      expect.objectContaining({
        question: "q1",
        description: "Question q1",
        attempts: 2,
        correct: 2,
        incorrect: 0,
        responses: [{ response: "a", count: 2 }],
        distinctResponses: 1,
      }),
      expect.objectContaining({
        question: "q2",
        attempts: 2,
        correct: 1,
        incorrect: 1,
        responses: [
          { response: "a", count: 1 },
          { response: "c", count: 1 },
        ],
      }),
    ]);
    expect(report.total).toBe(4);
    expect(
      report.answers.map((a) => [a.firstName, a.lastName, a.question, a.response, a.result, a.attemptNumber]),
    ).toEqual([
      ["David", "Otieno", "q1", "a", "correct", 1],
      ["David", "Otieno", "q2", "a", "correct", 1],
      ["Amina", "Wanjiru", "q1", "a", "correct", 1],
      ["Amina", "Wanjiru", "q2", "c", "incorrect", 1],
    ]);
  });

  it("SCORM 1.2: student_response is the response, 'wrong' is incorrect, other results are kept", async () => {
    const report = await teamInteractionReport(await manager("ke.coordinator"), params(safe.moduleId), { page: 1 });
    expect(report.questions.map((q) => [q.question, q.description, q.attempts, q.correct, q.incorrect])).toEqual([
      ["v1", null, 1, 1, 0],
      ["v2", null, 1, 0, 1],
      ["v3", null, 1, 0, 0],
    ]);
    expect(report.answers.map((a) => [a.question, a.response, a.result])).toEqual([
      ["v1", "a", "correct"],
      ["v2", "b", "incorrect"],
      ["v3", "CIF", "neutral"],
    ]);
  });

  it("each stored commit writes its answers to ScormInteraction: a question's last entry, where it was first answered", async () => {
    const amina = await db.owner.user.findUniqueOrThrow({ where: { username: "ke.learner" } });
    const rows = await db.owner.scormInteraction.findMany({
      where: { attempt: { userId: amina.id, sco: { package: { moduleId: dm.moduleId } } } },
      orderBy: { position: "asc" },
    });
    expect(rows.map((r) => [r.question, r.response, r.result, r.position, r.description])).toEqual([
      ["q1", "a", "correct", 0, "Question q1"],
      ["q2", "c", "incorrect", 1, "Question q2"],
    ]);
    expect(new Set(rows.map((r) => r.tenantId))).toEqual(new Set([amina.tenantId]));
  });

  it("SCORM 1.2: a new session's answers are added to the attempt's earlier ones, which stay in the report", async () => {
    const learner = await scopeOfUser(db.owner, "ke.coordinator", "ke");
    await enrolInCourse(learner, { id: learner.userId, homeTenantId: learner.homeTenantId }, safe.courseId).catch(
      () => {},
    );
    const launch = await launchSco(learner, learner.userId, safe.moduleId, 0, ORIGIN);
    const commit = (commitSequence: number, session: string, interactions: object) =>
      commitAttempt(learner, learner.userId, launch.attemptId, {
        commitSequence,
        final: false,
        session: { id: session, measuredSeconds: 10 },
        cmi: { core: { lesson_status: "incomplete", exit: "suspend" }, interactions },
      });
    await commit(1, "first", {
      "0": { id: "v1", type: "choice", student_response: "b", result: "wrong" },
      "1": { id: "v2", type: "choice", student_response: "a", result: "correct" },
    });
    // The next session's SCO starts its interactions at 0 again (1.2 interactions are write-only for the SCO).
    await commit(2, "second", { "0": { id: "v3", type: "fill-in", student_response: "FOB", result: "correct" } });
    await commit(3, "second", {
      "0": { id: "v3", type: "fill-in", student_response: "FOB", result: "correct" },
      "1": { id: "v1", type: "choice", student_response: "a", result: "correct" },
    });
    const stored = await db.owner.scormInteraction.findMany({
      where: { attemptId: launch.attemptId },
      orderBy: { question: "asc" },
    });
    expect(stored.map((r) => [r.question, r.response, r.result])).toEqual([
      ["v1", "a", "correct"],
      ["v2", "a", "correct"],
      ["v3", "FOB", "correct"],
    ]);
    const report = await teamInteractionReport(
      await manager("ke.coordinator"),
      params(safe.moduleId, { learner: "otieno" }),
      {
        page: 1,
      },
    );
    expect(report.answers.map((a) => [a.question, a.response, a.result])).toEqual([
      ["v1", "a", "correct"],
      ["v2", "a", "correct"],
      ["v3", "FOB", "correct"],
    ]);
    await db.owner.scormAttempt.delete({ where: { id: launch.attemptId } });
    expect(await db.owner.scormInteraction.count({ where: { attemptId: launch.attemptId } })).toBe(0);
  });

  it("filters by learner name and by the day the attempt was saved, and exports both tables", async () => {
    const coordinator = await manager("ke.coordinator");
    const amina = await teamInteractionReport(coordinator, params(dm.moduleId, { learner: "wanj" }), { page: 1 });
    expect(amina.questions.map((q) => [q.question, q.attempts])).toEqual([
      ["q1", 1],
      ["q2", 1],
    ]);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const today = new Date().toISOString().slice(0, 10);
    expect((await teamInteractionReport(coordinator, params(dm.moduleId, { from: tomorrow }), { page: 1 })).total).toBe(
      0,
    );
    expect(
      (await teamInteractionReport(coordinator, params(dm.moduleId, { from: today, to: today }), { page: 1 })).total,
    ).toBe(4);

    const all = await teamInteractionReport(coordinator, params(dm.moduleId), { limit: 100_000 });
    const labels: InteractionTableLabels = {
      title: "Interactions",
      sco: "SCO",
      question: "Question",
      description: "Description",
      attempts: "Attempts",
      correct: "% correct",
      incorrect: "% incorrect",
      responses: "Responses",
      country: "Country",
      learner: "Learner",
      response: "Response",
      result: "Result",
      attempt: "Attempt",
      savedAt: "Saved",
      deletedUser: "Deleted user",
      resultLabel: (r) => r.toUpperCase(),
    };
    expect(questionsTable(all, labels).rows).toEqual([
      ["Classification quiz", "q1", "Question q1", 2, 100, 0, "a (2)"],
      ["Classification quiz", "q2", "Question q2", 2, 50, 50, "a (1); c (1)"],
    ]);
    expect(answersTable(all, labels).header).not.toContain("Country");
    expect(answersTable(all, labels).rows[3]).toEqual([
      "Amina Wanjiru",
      "Classification quiz",
      "q2",
      "c",
      "INCORRECT",
      1,
      expect.any(Date),
    ]);
  });

  it("cuts the answers into pages of 50 over SQL, at any page asked", async () => {
    const learner = await db.owner.user.findUniqueOrThrow({ where: { username: "ke.learner" } });
    const sco = await db.owner.scormSco.findFirstOrThrow({ where: { package: { moduleId: safe.moduleId } } });
    // 60 further attempts of the 1.2 SCO with one answer each.
    const attempts = await db.owner.scormAttempt.createManyAndReturn({
      data: Array.from({ length: 60 }, (_, n) => ({
        tenantId: learner.tenantId,
        userId: learner.id,
        scoId: sco.id,
        number: n + 2,
        commitSeq: 1,
      })),
    });
    // Their answers as their commits store them.
    await db.owner.scormInteraction.createMany({
      data: attempts.map((a) => ({
        tenantId: a.tenantId,
        attemptId: a.id,
        scoId: a.scoId,
        question: "v1",
        response: a.number % 2 ? "d" : "a",
        result: "incorrect",
        position: 0,
      })),
    });
    const coordinator = await manager("ke.coordinator");
    const first = await teamInteractionReport(coordinator, params(safe.moduleId), { page: 1 });
    expect([first.total, first.pageCount, first.answers.length]).toEqual([63, 2, ANSWERS_PAGE_SIZE]);
    expect(first.questions[0]).toMatchObject({
      question: "v1",
      attempts: 61,
      correct: 1,
      incorrect: 60,
      responses: [
        { response: "a", count: 31 },
        { response: "d", count: 30 },
      ],
    });
    const last = await teamInteractionReport(coordinator, params(safe.moduleId), { page: 99 });
    expect([last.page, last.answers.length]).toEqual([2, 13]);
  });

  it("pages follow learner name, attempt and question order, an attempt's answers split across two pages", async () => {
    const learner = await db.owner.user.findUniqueOrThrow({ where: { username: "ke.learner" } });
    const sco = await db.owner.scormSco.findFirstOrThrow({ where: { package: { moduleId: safe.moduleId } } });
    // Two more learners of Kenya around Amina in the alphabet, and a deleted account (listed last, whatever its
    // name), each with two attempts of 7 answers given in reverse question order.
    const people = await Promise.all(
      [
        ["Abebe", "Aaronson", "ACTIVE"],
        ["Zawadi", "Zuberi", "ACTIVE"],
        ["Aaron", "Aardvark", "DELETED"],
      ].map(([firstName, lastName, status], n) =>
        db.owner.user.create({
          data: {
            tenantId: learner.tenantId,
            username: `pages.${n}`,
            email: `pages.${n}@example.org`,
            passwordHash: "!",
            firstName,
            lastName,
            status: status as "ACTIVE" | "DELETED",
          },
        }),
      ),
    );
    for (const person of people)
      for (const number of [2, 1]) {
        const attempt = await db.owner.scormAttempt.create({
          data: { tenantId: learner.tenantId, userId: person.id, scoId: sco.id, number, commitSeq: 1 },
        });
        await db.owner.scormInteraction.createMany({
          data: Array.from({ length: 7 }, (_, q) => ({
            tenantId: attempt.tenantId,
            attemptId: attempt.id,
            scoId: sco.id,
            question: `p${q}`,
            response: `${number}`,
            result: "correct",
            position: 6 - q,
          })),
        });
      }
    const coordinator = await manager("ke.coordinator");
    const pages = await Promise.all(
      [1, 2, 3].map((page) => teamInteractionReport(coordinator, params(safe.moduleId), { page })),
    );
    expect([pages[0].total, pages[0].pageCount]).toEqual([105, 3]);
    const listed = pages.flatMap((p) => p.answers.map((a) => `${a.lastName} ${a.attemptNumber} ${a.question}`));
    const reversed = ["p6", "p5", "p4", "p3", "p2", "p1", "p0"];
    const of = (name: string, numbers: number[]) => numbers.flatMap((n) => reversed.map((q) => `${name} ${n} ${q}`));
    const amina = pages[0].answers.find((a) => a.firstName === learner.firstName)!.lastName;
    // Amina's 63 answers (attempt 1: v1 to v3; attempts 2 to 61: v1) come between Aaronson's and Zuberi's.
    expect(listed.slice(0, 14)).toEqual(of("Aaronson", [1, 2]));
    expect(listed.slice(14, 77).every((a) => a.startsWith(`${amina} `))).toBe(true);
    expect(listed.slice(14, 17)).toEqual([`${amina} 1 v1`, `${amina} 1 v2`, `${amina} 1 v3`]);
    expect(listed.slice(77)).toEqual([...of("Zuberi", [1, 2]), ...of("Aardvark", [1, 2])]);
    // The deleted account's attempt 2 is cut by the end of page 2: its first 2 answers there, the rest on page 3.
    expect(pages[1].answers.slice(-9).map((a) => [a.deleted, a.attemptNumber, a.question])).toEqual([
      ...reversed.map((q) => [true, 1, q]),
      ...reversed.slice(0, 2).map((q) => [true, 2, q]),
    ]);
    expect(pages[2].answers.map((a) => [a.attemptNumber, a.question])).toEqual(reversed.slice(2).map((q) => [2, q]));
    // The export lists every answer in the same order, in one read.
    const all = await teamInteractionReport(coordinator, params(safe.moduleId), { limit: 1000 });
    expect(all.answers.map((a) => `${a.lastName} ${a.attemptNumber} ${a.question}`)).toEqual(listed);
  });
});

describe("scope", () => {
  it("a coordinator sees their administration's learners only; a WCO admin every administration's, by country", async () => {
    const belgium = await teamInteractionReport(await manager("be.coordinator"), params(dm.moduleId), { page: 1 });
    expect(belgium.answers.map((a) => [a.firstName, a.question, a.response])).toEqual([["Lucie", "q1", "b"]]);
    expect(belgium.questions.map((q) => [q.question, q.attempts, q.incorrect])).toEqual([["q1", 1, 1]]);

    const wco = await manager("wco.admin");
    const everyone = await teamInteractionReport(wco, params(dm.moduleId), { page: 1 });
    expect(everyone.platform).toBe(true);
    expect(new Set(everyone.answers.map((a) => a.country))).toEqual(new Set(["Kenya", "Belgium"]));
    const be = await teamInteractionReport(wco, params(dm.moduleId, { country: "BE" }), { page: 1 });
    expect(be.answers.map((a) => a.firstName)).toEqual(["Lucie"]);
  });

  it("a coordinator cannot choose another administration's own course; a learner has no report", async () => {
    const belgium = await teamInteractionReport(await manager("be.coordinator"), params(keOwn.moduleId), { page: 1 });
    expect(belgium.modules.map((m) => m.id)).not.toContain(keOwn.moduleId);
    expect(belgium.module).toBeNull();
    expect(belgium.answers).toEqual([]);
    await expect(teamInteractionReport(await manager("ke.learner"), params(dm.moduleId), { page: 1 })).rejects.toThrow(
      NotFound,
    );
  });

  it("an author sees their own course's learners only: the core's author every tenant's, an administration's its own", async () => {
    const wco = await authorAs("wco.admin", "root");
    const core = await viewInteractionReport(wco, dm.courseId, "en", params(dm.moduleId), { page: 1 });
    expect(core.modules.map((m) => m.id)).toEqual([dm.moduleId]);
    expect(core.total).toBe(5);
    const ke = await authorAs("ke.coordinator", "ke");
    const own = await viewInteractionReport(ke, keOwn.courseId, "en", params(keOwn.moduleId), { page: 1 });
    expect(own.answers.map((a) => [a.firstName, a.question])).toEqual([["Amina", "k1"]]);
    // Not the core course (nor its module through another course), not another administration's.
    await expect(viewInteractionReport(ke, dm.courseId, "en", params(dm.moduleId), { page: 1 })).rejects.toThrow(
      NotFound,
    );
    const wrongModule = await viewInteractionReport(ke, keOwn.courseId, "en", params(dm.moduleId), { page: 1 });
    expect(wrongModule.module).toBeNull();
    await expect(viewInteractionReport(wco, keOwn.courseId, "en", params(keOwn.moduleId), { page: 1 })).rejects.toThrow(
      NotFound,
    );
  });
});

describe("record of learning", () => {
  it("shows the learner's own status, score and time per SCO of each SCORM module, and nobody else's", async () => {
    const learner = await scopeOfUser(db.owner, "ke.learner", "ke");
    await db.owner.scormAttempt.updateMany({
      where: { userId: learner.userId, sco: { package: { moduleId: dm.moduleId } } },
      data: { scoreScaled: 0.5, totalSeconds: 1_260 },
    });
    const { scorm } = await viewRecordOfLearning(learner.ctx, learner.userId, "en", "");
    const dmResults = scorm.find((c) => c.courseId === dm.courseId)!;
    expect(dmResults.modules).toEqual([
      {
        moduleId: dm.moduleId,
        title: expect.any(String),
        scos: [expect.objectContaining({ title: "Classification quiz", scorePercent: 50, totalSeconds: 1_260 })],
      },
    ]);
    expect(scoStatusKey(dmResults.modules[0].scos[0])).toBe("incomplete");
    // Every course of the learner's with a SCORM attempt, and only those.
    expect(scorm.map((c) => c.courseId).sort()).toEqual([dm.courseId, safe.courseId, keOwn.courseId].sort());
    const belgian = await scopeOfUser(db.owner, "be.learner", "be");
    const theirs = await viewRecordOfLearning(belgian.ctx, belgian.userId, "en", "");
    expect(theirs.scorm.map((c) => c.courseId)).toEqual([dm.courseId]);
    expect(theirs.scorm[0].modules[0].scos[0]).toMatchObject({ scorePercent: null, totalSeconds: 0 });
  });
});
