// SCORM 2004 sequencing decided by the server from the records stored in PostgreSQL (ADR 0022): the activity tree
// stored at upload, a prerequisite that refuses a launch (no attempt, no token), the flow of Continue/Previous, and
// module completion by the root's rollup; nobody but the enrolled learner launches anything.
import { commitAttempt, launchSco, openSco, type Launch, type RefusedLaunch } from "@/lib/scorm/attempts";
import { NotFound } from "@/lib/errors";
import { startNewAttempt } from "@/lib/scorm/start-attempt";
import { scorm2004NavigatingCourse, scorm2004SequencedCourse, scorm2004SilentCourse } from "../helpers/scorm-fixtures";
import { verifyLaunchToken } from "@/lib/scorm/launch-token";
import { startSession } from "@/lib/scorm/start-session";
import { scopeOfUser } from "../helpers/scopes";
import { scormCourse as courseWithPackage, LEARNER_ORIGIN } from "../helpers/scorm-course";
import { setUpTestDatabase } from "../helpers/test-database";

const db = setUpTestDatabase();
jest.setTimeout(60_000);
const ORIGIN = LEARNER_ORIGIN;
const scormCourse = (zip: Uint8Array, code: string) => courseWithPackage(db.owner, zip, code);

const launched = (opened: Launch | RefusedLaunch): Launch => {
  if ("refused" in opened) throw new Error(`refused: ${opened.refused}`);
  return opened;
};
const locks = (opened: Launch | RefusedLaunch) =>
  Object.fromEntries(
    opened.outline.flatMap((group) => group.children).map((item) => [item.title, item.locked ?? null] as const),
  );
const attemptsOn = (moduleId: string) =>
  db.owner.scormAttempt.findMany({
    where: { sco: { package: { moduleId } } },
    select: { userId: true, sco: { select: { identifier: true } } },
  });
const certificates = (userId: string, courseId: string) => db.owner.certificate.count({ where: { userId, courseId } });
const completions = (userId: string, moduleId: string) =>
  db.owner.moduleCompletion.count({ where: { userId, moduleId } });

describe("a sequenced SCORM 2004 course", () => {
  it("stores the manifest's activity tree with the package version: controls, the collection's flow, the precondition and the global objective maps", async () => {
    const { moduleId } = await scormCourse(scorm2004SequencedCourse(), "RM-101");
    const pkg = await db.owner.scormPackage.findFirstOrThrow({ where: { moduleId, replacedAt: null } });
    const tree = pkg.sequencing as {
      id: string;
      sequencingControls: { flow: boolean };
      children: Array<{
        id: string;
        sequencingControls: { flow: boolean; choice: boolean };
        children: Array<Record<string, unknown> & { id: string }>;
      }>;
    };
    expect(tree.id).toBe("org");
    expect(tree.children.map((c) => [c.id, c.sequencingControls.flow, c.sequencingControls.choice])).toEqual([
      ["foundations", true, true], // from the sequencingCollection entry it names
      ["assessment", false, true],
    ]);
    const [indicators] = tree.children[0].children;
    expect(indicators.primaryObjective).toMatchObject({
      objectiveID: "indicators-passed",
      mapInfo: [{ targetObjectiveID: "risk-basics", writeSatisfiedStatus: true, readSatisfiedStatus: false }],
    });
    const [caseStudy] = tree.children[1].children;
    expect(caseStudy).toMatchObject({
      id: "case-study",
      sequencingRules: { preConditionRules: [{ action: "disabled", conditionCombination: "any" }] },
      objectives: [
        { objectiveID: "basics-ready", mapInfo: [{ targetObjectiveID: "risk-basics", readSatisfiedStatus: true }] },
      ],
    });
  });

  it("refuses the SCO a prerequisite disables until the global objective is satisfied; Continue and Previous follow the flow; the module completes by rollup only", async () => {
    const { moduleId, courseId, learner } = await scormCourse(scorm2004SequencedCourse(), "RM-101");
    const open = (position: number, nav: "continue" | "previous" | null = null) =>
      openSco(learner, learner.userId, moduleId, position, ORIGIN, nav);
    const end = async (launch: Launch, success: "passed" | "failed" | null, sequence = 1) =>
      commitAttempt(learner, learner.userId, launch.attemptId, {
        commitSequence: sequence,
        cmi: success ? { completion_status: "completed", success_status: success } : {},
        final: true,
        session: { id: `s-${sequence}`, measuredSeconds: 5 },
      });

    // The start: the first SCO by flow; the case study is locked for its prerequisite.
    const first = launched(await open(-1));
    expect(first.sco.title).toBe("Risk indicators");
    expect(first).toMatchObject({ canContinue: true, canPrevious: false });
    expect(locks(first)).toEqual({
      "Risk indicators": null,
      Profiling: null,
      "Selectivity case study": "prerequisite",
    });

    // Asking for it anyway (its address) launches nothing: no attempt, no token; launchSco says NotFound.
    expect(await open(2)).toMatchObject({ refused: "prerequisite" });
    await expect(launchSco(learner, learner.userId, moduleId, 2, ORIGIN)).rejects.toBeInstanceOf(NotFound);
    expect((await attemptsOn(moduleId)).map((a) => a.sco.identifier)).toEqual(["indicators"]);

    // Failing the first SCO writes "not satisfied" to the global objective: still locked.
    await end(first, "failed");
    expect(await open(2)).toMatchObject({ refused: "prerequisite" });

    // Continue goes to Profiling; from there flow cannot enter the Assessment cluster (no flow), Previous goes back.
    const second = launched(await open(0, "continue"));
    expect(second.sco.title).toBe("Profiling");
    expect(second).toMatchObject({ canContinue: false, canPrevious: true });
    expect(launched(await open(1, "previous")).sco.title).toBe("Risk indicators");
    await end(second, null); // Terminate only: completed and passed by the standard's defaults
    expect(await completions(learner.userId, moduleId)).toBe(0);

    // A failed attempt is over (ADR 0021): passing the first SCO in a new attempt satisfies the global objective,
    // and the case study opens.
    await startNewAttempt(learner, learner.userId, moduleId, first.attemptId);
    const again = launched(await open(0));
    await end(again, "passed");
    expect(locks(await open(0))).toEqual({ "Risk indicators": null, Profiling: null, "Selectivity case study": null });
    const third = launched(await open(2));
    expect(third.sco.title).toBe("Selectivity case study");
    expect(await certificates(learner.userId, courseId)).toBe(0);

    // The root rolls up completed and satisfied once the last SCO ends: the module, and the certificate.
    expect(await end(third, null)).toMatchObject({ moduleCompleted: true });
    expect(await completions(learner.userId, moduleId)).toBe(1);
    expect(await certificates(learner.userId, courseId)).toBe(1);
  });

  it("launches nothing for another administration's learner, a learner not enrolled or an Academy buyer", async () => {
    const { moduleId } = await scormCourse(scorm2004SequencedCourse(), "RM-101");
    const before = await attemptsOn(moduleId);
    for (const [username, slug] of [
      ["be.learner", "be"],
      ["ke.coordinator", "ke"],
      ["academy.buyer", "academy"],
    ] as const) {
      const someone = await scopeOfUser(db.owner, username, slug);
      await expect(openSco(someone, someone.userId, moduleId, 0, ORIGIN)).rejects.toBeInstanceOf(NotFound);
      await expect(openSco(someone, someone.userId, moduleId, 1, ORIGIN, "continue")).rejects.toBeInstanceOf(NotFound);
    }
    expect(await attemptsOn(moduleId)).toEqual(before);
  });
});

describe("a SCORM 2004 course without sequencing", () => {
  it("18 SCOs in 4 groups: Continue/Previous in the manifest's order, every SCO open, complete by the default rollup once the last one ends", async () => {
    const { moduleId, learner } = await scormCourse(scorm2004SilentCourse(), "RM-101");
    let launch = launched(await openSco(learner, learner.userId, moduleId, -1, ORIGIN));
    expect(Object.values(locks(launch)).every((lock) => lock === null)).toBe(true);
    const started = Date.now();
    for (let sco = 1; sco <= 18; sco++) {
      expect(launch.sco.title).toBe(`Lesson ${sco}`);
      expect(launch).toMatchObject({ canPrevious: sco > 1, canContinue: sco < 18 });
      const result = await commitAttempt(learner, learner.userId, launch.attemptId, {
        commitSequence: 1,
        cmi: {},
        final: true,
        session: { id: `s-${sco}`, measuredSeconds: 1 },
      });
      expect(result.moduleCompleted).toBe(sco === 18);
      if (sco < 18) launch = launched(await openSco(learner, learner.userId, moduleId, sco - 1, ORIGIN, "continue"));
    }
    // Figures for the ADR: 18 launches and 18 commits, each deciding by the engine.
    console.log(`18 sequenced launches and commits: ${Date.now() - started} ms`);
  });
});

describe("navigation requested by the SCO, and suspend all", () => {
  it("gives the SCO what sequencing allows from it, and a launch without a chosen part resumes the part left suspended, entry resume", async () => {
    const { moduleId, learner } = await scormCourse(scorm2004NavigatingCourse(), "PCA-101");
    const first = launched(await openSco(learner, learner.userId, moduleId, -1, ORIGIN));
    expect(first).toMatchObject({ sco: { identifier: "nav-1" }, canContinue: true, canPrevious: false });
    expect(first.choosable.sort()).toEqual(["nav-1", "nav-2", "nav-3"]);
    await commitAttempt(learner, learner.userId, first.attemptId, {
      commitSequence: 1,
      cmi: { completion_status: "completed", exit: "normal" },
      final: true,
      session: { id: "one", measuredSeconds: 5 },
    });
    // The SCO's "continue" is the player's Continue from it.
    const second = launched(await openSco(learner, learner.userId, moduleId, 0, ORIGIN, "continue"));
    expect(second).toMatchObject({ sco: { identifier: "nav-2" }, canContinue: true, canPrevious: true });
    await commitAttempt(learner, learner.userId, second.attemptId, {
      commitSequence: 1,
      cmi: { location: "page-3", exit: "suspend" },
      final: true,
      session: { id: "two", measuredSeconds: 5 },
    });
    expect(await db.owner.scormAttempt.findUniqueOrThrow({ where: { id: second.attemptId } })).toMatchObject({
      exitMode: "suspend",
      location: "page-3",
    });
    // Opening the module again (no part chosen) resumes Lesson 2, where it was left.
    const resumed = launched(await openSco(learner, learner.userId, moduleId, -1, ORIGIN));
    expect(resumed).toMatchObject({ attemptId: second.attemptId, sco: { identifier: "nav-2" } });
    expect((await startSession(verifyLaunchToken(resumed.token)!)).cmi).toMatchObject({
      entry: "resume",
      location: "page-3",
    });
    // A part chosen in the contents is opened as chosen.
    expect(launched(await openSco(learner, learner.userId, moduleId, 2, ORIGIN)).sco.identifier).toBe("nav-3");
  });
});
