// Commits kept on a device and sent later (ADR 0049), through the content origin's commit endpoint, read back from
// PostgreSQL: a commit kept under an earlier launch's token is stored after a new launch whose lease has replaced the
// old one; a commit the server does not store says why (the device reports it, never drops it silently); two devices
// playing one attempt converge on the record with the highest sequence, the first received winning a tie.
import { launchSco } from "@/lib/scorm/attempts";
import { issueLaunchToken, verifyLaunchToken } from "@/lib/scorm/launch-token";
import { POST as commitRoute } from "@/app/content/commit/[token]/route";
import { scorm12QuizPackage, scorm2004QuizPackage } from "../helpers/scorm-fixtures";
import { scormCourse, LEARNER_ORIGIN } from "../helpers/scorm-course";
import { setUpTestDatabase } from "../helpers/test-database";

const db = setUpTestDatabase();
jest.setTimeout(30_000);

const attemptRow = (id: string) => db.owner.scormAttempt.findUniqueOrThrow({ where: { id } });
const commit = async (
  token: string,
  sequence: number,
  session: string,
  cmi: Record<string, unknown>,
  final = false,
) => {
  const response = await commitRoute(
    new Request(`http://content.localhost:3000/commit/${token}`, {
      method: "POST",
      body: JSON.stringify({ commitSequence: sequence, cmi, final, session: { id: session, measuredSeconds: 5 } }),
      headers: { "content-type": "text/plain" },
    }),
    { params: Promise.resolve({ token }) },
  );
  return { status: response.status, body: response.status === 200 ? await response.json() : null };
};

describe("commits kept on the device", () => {
  it("a commit kept under an earlier launch's token is stored after a new launch; sent twice it is a duplicate; older than another session's it is answered 'newer' and changes nothing", async () => {
    const { moduleId, learner } = await scormCourse(db.owner, scorm2004QuizPackage(), "LAB-101");
    const first = await launchSco(learner, learner.userId, moduleId, 0, LEARNER_ORIGIN);
    expect((await commit(first.token, 1, "window-1", { location: "page-1" })).body).toMatchObject({ stored: true });

    // The window closed offline with page 3 kept on the device; the lease ran out, and the learner launched again.
    await db.owner.scormAttempt.update({
      where: { id: first.attemptId },
      data: { leaseUntil: new Date(Date.now() - 60_000) },
    });
    const second = await launchSco(learner, learner.userId, moduleId, 0, LEARNER_ORIGIN);
    expect(second.attemptId).toBe(first.attemptId);
    expect(second.commitSeq).toBe(1);
    expect((await commit(first.token, 3, "window-1", { location: "page-3" })).body).toMatchObject({ stored: true });
    expect(await attemptRow(first.attemptId)).toMatchObject({ commitSeq: 3, location: "page-3" });

    // A beacon that arrived, sent again by the device: nothing lost, nothing to report.
    expect((await commit(first.token, 3, "window-1", { location: "page-3" })).body).toMatchObject({
      stored: false,
      notStored: "duplicate",
    });
    // The new launch's session stores page 5; the first window's late page 4 is older and is said to be.
    expect((await commit(second.token, 5, "window-2", { location: "page-5" })).body).toMatchObject({ stored: true });
    expect((await commit(first.token, 4, "window-1", { location: "page-4" })).body).toMatchObject({
      stored: false,
      notStored: "newer",
    });
    expect(await attemptRow(first.attemptId)).toMatchObject({ commitSeq: 5, location: "page-5" });
  });

  it("a launch token past its own life stores nothing: the device keeps the record for the attempt's next launch", async () => {
    const { moduleId, learner } = await scormCourse(db.owner, scorm2004QuizPackage(), "LEAD-101");
    const launch = await launchSco(learner, learner.userId, moduleId, 0, LEARNER_ORIGIN);
    const expired = issueLaunchToken(verifyLaunchToken(launch.token)!, Date.now() - 9 * 3600 * 1000);
    expect((await commit(expired, 1, "window-1", { location: "page-1" })).status).toBe(404);
    // The next launch of the same attempt sends it through its own token (lib/scorm/content-runtime.js).
    const next = await launchSco(learner, learner.userId, moduleId, 0, LEARNER_ORIGIN);
    expect((await commit(next.token, 1, "window-1", { location: "page-1" })).body).toMatchObject({ stored: true });
    expect(await attemptRow(launch.attemptId)).toMatchObject({ commitSeq: 1, location: "page-1" });
  });

  it("an attempt finished on one device answers another device's later commit 'finished'", async () => {
    const { moduleId, learner } = await scormCourse(db.owner, scorm12QuizPackage(), "IPR-101");
    const phone = await launchSco(learner, learner.userId, moduleId, 0, LEARNER_ORIGIN);
    const laptop = await launchSco(learner, learner.userId, moduleId, 0, LEARNER_ORIGIN);
    const passed = { core: { lesson_status: "completed", score: { raw: "100" }, exit: "" } };
    expect((await commit(phone.token, 1, "phone", passed, true)).body).toMatchObject({ stored: true });
    expect(
      (await commit(laptop.token, 2, "laptop", { core: { lesson_status: "incomplete", exit: "suspend" } })).body,
    ).toMatchObject({ stored: false, notStored: "finished" });
    expect(await attemptRow(phone.attemptId)).toMatchObject({ commitSeq: 1, successStatus: "passed", scoreRaw: 100 });
  });
});

describe("two devices playing one attempt", () => {
  it("converge on the record with the highest sequence, whichever device sent it; a tie goes to the first received", async () => {
    const { moduleId, learner } = await scormCourse(db.owner, scorm2004QuizPackage(), "GEN-101");
    // Both devices launch from the same stored state (sequence 0).
    const phone = await launchSco(learner, learner.userId, moduleId, 0, LEARNER_ORIGIN);
    const laptop = await launchSco(learner, learner.userId, moduleId, 0, LEARNER_ORIGIN);
    for (const n of [1, 2, 3]) await commit(phone.token, n, "phone", { location: `phone-${n}` });
    // The laptop was offline: its kept commits 1 and 2 arrive after the phone's 3 and are reported, not stored.
    for (const n of [1, 2])
      expect((await commit(laptop.token, n, "laptop", { location: `laptop-${n}` })).body).toMatchObject({
        stored: false,
        notStored: "newer",
      });
    expect(await attemptRow(phone.attemptId)).toMatchObject({ commitSeq: 3, location: "phone-3" });
    // The laptop goes on to 4 before the phone does: its record is kept, and the phone's own 4 is the one reported.
    expect((await commit(laptop.token, 4, "laptop", { location: "laptop-4" })).body).toMatchObject({ stored: true });
    expect((await commit(phone.token, 4, "phone", { location: "phone-4" })).body).toMatchObject({
      stored: false,
      notStored: "newer",
    });
    expect(await attemptRow(phone.attemptId)).toMatchObject({
      commitSeq: 4,
      location: "laptop-4",
      sessionId: "laptop",
    });
  });
});
