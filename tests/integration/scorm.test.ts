import { strToU8, unzipSync, zipSync } from "fflate";
import { loadViewer } from "@/lib/auth/load-viewer";
import { authorOn } from "@/lib/authoring/author";
import { getOutline } from "@/lib/authoring/get-outline";
import { readStoredFile } from "@/lib/content-store";
import { Invalid, NotFound } from "@/lib/errors";
import { enrolInCourse } from "@/lib/learning/enrol-in-course";
import { attachScormPackage } from "@/lib/scorm/attach-package";
import { commitAttempt, launchSco } from "@/lib/scorm/attempts";
import { verifyLaunchToken } from "@/lib/scorm/launch-token";
import { startSession } from "@/lib/scorm/start-session";
import { scorm12Package, scorm2004Package, zipSlipPackage } from "../helpers/scorm-fixtures";
import { scopeOfUser } from "../helpers/scopes";
import { siteFor } from "../helpers/sites";
import { setUpTestDatabase } from "../helpers/test-database";

const db = setUpTestDatabase();
const ORIGIN = "http://ke.localhost:3000";

async function authorFor(username: string, host: string) {
  const user = await db.owner.user.findUniqueOrThrow({ where: { username } });
  const site = await siteFor(host);
  return authorOn(site, await loadViewer(user.id, user.sessionVersion, site));
}

async function scormModule(code: string) {
  return db.owner.courseModule.findFirstOrThrow({
    where: { kind: "SCORM", course: { code } },
    include: { course: true },
  });
}

async function enrolled(username: string, host: string, courseId: string) {
  const scope = await scopeOfUser(db.owner, username, host);
  await enrolInCourse(scope, { id: scope.userId, homeTenantId: scope.homeTenantId }, courseId);
  return scope;
}

describe("attaching SCORM packages", () => {
  it("stores a package's files and SCOs; a new upload is a new version that keeps the previous one, its files and its learners' attempts, audited", async () => {
    const author = await authorFor("wco.admin", "root");
    const target = await scormModule("VAL-101");
    expect(await attachScormPackage(author, target.courseId, target.id, scorm2004Package())).toEqual({
      version: "2004",
      title: "Harmonized System",
      scos: 2,
    });
    const first = await db.owner.scormPackage.findFirstOrThrow({
      where: { moduleId: target.id, replacedAt: null },
      include: { scos: { orderBy: { position: "asc" } } },
    });
    expect(first.scos.map((s) => [s.title, s.href])).toEqual([
      ["Sections and chapters", "one/index.html"],
      ["General Interpretative Rules", "two/index.html"],
    ]);
    expect(first).toMatchObject({
      isCore: true,
      audience: target.course.audience,
      courseId: target.courseId,
      number: 1,
    });

    // A learner starts version 1 and is halfway through; another has not started.
    const kenyan = await enrolled("ke.learner", "ke", target.courseId);
    const started = await launchSco(kenyan, kenyan.userId, target.id, 0, ORIGIN);
    await commitAttempt(kenyan, kenyan.userId, started.attemptId, {
      commitSequence: 1,
      cmi: { completion_status: "incomplete", location: "3" },
    });
    expect(
      (await getOutline(author, target.courseId)).flatMap((s) => s.modules).find((m) => m.id === target.id)!
        .scormVersions,
    ).toEqual([{ number: 1, title: "Harmonized System", version: "2004", current: true, learners: 1 }]);

    await attachScormPackage(author, target.courseId, target.id, scorm12Package());
    const second = await db.owner.scormPackage.findFirstOrThrow({
      where: { moduleId: target.id, replacedAt: null },
      include: { scos: true },
    });
    expect(second).toMatchObject({ version: "1.2", title: "Valuation basics", fileCount: 2, number: 2 });
    expect(second.scos.map((s) => s.href)).toEqual(["index.html"]);
    expect(new TextDecoder().decode((await readStoredFile(second.storageKey, "index.html"))!)).toContain(
      "Customs valuation in five minutes",
    );
    // Nothing is deleted: version 1 keeps its files, its SCOs and the learner's attempt.
    expect(await db.owner.scormPackage.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      number: 1,
      replacedAt: expect.any(Date),
    });
    expect(await readStoredFile(first.storageKey, "one/index.html")).not.toBeNull();
    expect(await db.owner.scormAttempt.findUniqueOrThrow({ where: { id: started.attemptId } })).toMatchObject({
      location: "3",
      commitSeq: 1,
    });
    expect(
      (await getOutline(author, target.courseId)).flatMap((s) => s.modules).find((m) => m.id === target.id)!
        .scormVersions,
    ).toEqual([
      { number: 2, title: "Valuation basics", version: "1.2", current: true, learners: 0 },
      { number: 1, title: "Harmonized System", version: "2004", current: false, learners: 1 },
    ]);
    // The learner in progress resumes on version 1; a learner starting now gets version 2.
    expect(await launchSco(kenyan, kenyan.userId, target.id, 0, ORIGIN)).toMatchObject({
      attemptId: started.attemptId,
      version: "2004",
      commitSeq: 1,
    });
    const belgian = await enrolled("be.learner", "be", target.courseId);
    expect(await launchSco(belgian, belgian.userId, target.id, 0, "http://be.localhost:3000")).toMatchObject({
      version: "1.2",
      sco: { href: "index.html" },
    });

    const audit = await db.owner.auditEvent.findMany({
      where: { action: "course.module.scorm", targetId: target.id },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((e) => [e.before, e.after])).toEqual([
      [null, expect.objectContaining({ version: "2004", scos: 2, number: 1 })],
      [
        expect.objectContaining({ version: "2004", number: 1, learners: 1 }),
        expect.objectContaining({ version: "1.2", scos: 1, number: 2 }),
      ],
    ]);
  });

  it("refuses a bad package with its reason, a module that is not SCORM, and other authors, storing nothing", async () => {
    const author = await authorFor("wco.admin", "root");
    const target = await scormModule("HS-101");
    await expect(attachScormPackage(author, target.courseId, target.id, zipSlipPackage())).rejects.toEqual(
      new Invalid({ package: "packageUnsafePath" }),
    );
    await expect(
      attachScormPackage(author, target.courseId, target.id, new TextEncoder().encode("not a zip")),
    ).rejects.toEqual(new Invalid({ package: "packageNotZip" }));
    const video = await db.owner.courseModule.findFirstOrThrow({ where: { kind: "VIDEO", courseId: target.courseId } });
    await expect(attachScormPackage(author, target.courseId, video.id, scorm12Package())).rejects.toEqual(
      new Invalid({ package: "moduleNotScorm" }),
    );
    const kenyan = await authorFor("ke.coordinator", "ke");
    await expect(attachScormPackage(kenyan, target.courseId, target.id, scorm12Package())).rejects.toBeInstanceOf(
      NotFound,
    );
    expect(await db.owner.scormPackage.count({ where: { moduleId: { in: [target.id, video.id] } } })).toBe(0);
  });
});

describe("security hardening", () => {
  it('item 8: refuses manifests with XInclude like external entities, and entry names that decode or fold to ".."', async () => {
    const author = await authorFor("wco.admin", "root");
    const target = await scormModule("HS-101");
    const manifest = new TextDecoder().decode(unzipSync(scorm12Package())["imsmanifest.xml"]);
    const xinclude = manifest.replace(
      "<metadata>",
      '<metadata><xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file:///etc/passwd" parse="text"/>',
    );
    const withManifest = (text: string, extra: Record<string, Uint8Array> = {}) =>
      zipSync({ "imsmanifest.xml": strToU8(text), "index.html": strToU8("<p>x</p>"), ...extra });
    await expect(attachScormPackage(author, target.courseId, target.id, withManifest(xinclude))).rejects.toEqual(
      new Invalid({ package: "packageBadManifest" }),
    );
    const otherPrefix = manifest.replace(
      "<metadata>",
      '<metadata><inc:include xmlns:inc="http://www.w3.org/2001/XInclude" href="secret.xml"/>',
    );
    await expect(attachScormPackage(author, target.courseId, target.id, withManifest(otherPrefix))).rejects.toEqual(
      new Invalid({ package: "packageBadManifest" }),
    );
    for (const name of [
      "%2e%2e/evil.html",
      "a/%2E%2E/%2e%2e/evil.html",
      "\u2025/evil.html",
      "a/\uFF0E\uFF0E/evil.html",
      "%2fetc/passwd",
    ]) {
      await expect(
        attachScormPackage(
          author,
          target.courseId,
          target.id,
          withManifest(manifest, { [name]: strToU8("<p>evil</p>") }),
        ),
      ).rejects.toEqual(new Invalid({ package: "packageUnsafePath" }));
    }
    expect(await db.owner.scormPackage.count({ where: { moduleId: target.id } })).toBe(0);
  });
});

describe("the SCORM runtime", () => {
  it("launches for enrolled learners only, resumes where they stopped, ignores stale commits and completes the module", async () => {
    const author = await authorFor("wco.admin", "root");
    const target = await scormModule("SAFE-101");
    await attachScormPackage(author, target.courseId, target.id, scorm12Package());
    const kenyan = await scopeOfUser(db.owner, "ke.learner", "ke");
    await expect(launchSco(kenyan, kenyan.userId, target.id, 0, ORIGIN)).rejects.toBeInstanceOf(NotFound);
    await enrolled("ke.learner", "ke", target.courseId);

    const launch = await launchSco(kenyan, kenyan.userId, target.id, 0, ORIGIN);
    expect(launch).toMatchObject({ version: "1.2", commitSeq: 0, sco: { href: "index.html" } });
    const claims = verifyLaunchToken(launch.token)!;
    expect(claims).toMatchObject({ origin: ORIGIN, attemptId: launch.attemptId, userId: kenyan.userId });
    expect(claims.key).toBe(
      (await db.owner.scormPackage.findFirstOrThrow({ where: { moduleId: target.id } })).storageKey,
    );

    const progress = {
      core: { lesson_status: "incomplete", lesson_location: "page-2", session_time: "0000:03:00" },
      suspend_data: "p2",
    };
    expect(await commitAttempt(kenyan, kenyan.userId, launch.attemptId, { commitSequence: 2, cmi: progress })).toEqual({
      stored: true,
      moduleCompleted: false,
      progressPercent: null,
    });
    // An older commit arriving late, and the same commit twice, change nothing.
    expect(
      (
        await commitAttempt(kenyan, kenyan.userId, launch.attemptId, {
          commitSequence: 1,
          cmi: { core: { lesson_status: "browsed" } },
        })
      ).stored,
    ).toBe(false);
    expect(
      (
        await commitAttempt(kenyan, kenyan.userId, launch.attemptId, {
          commitSequence: 2,
          cmi: { core: { lesson_status: "browsed" } },
        })
      ).stored,
    ).toBe(false);
    await expect(commitAttempt(kenyan, kenyan.userId, launch.attemptId, { cmi: progress })).rejects.toEqual(
      new Invalid({ commit: "commitMalformed" }),
    );

    const resumed = await launchSco(kenyan, kenyan.userId, target.id, 0, ORIGIN);
    expect(resumed).toMatchObject({ attemptId: launch.attemptId, commitSeq: 2 });
    expect((await startSession(verifyLaunchToken(resumed.token)!)).cmi).toMatchObject({
      core: { lesson_status: "incomplete", lesson_location: "page-2" },
      suspend_data: "p2",
    });
    expect(await db.owner.scormAttempt.findUniqueOrThrow({ where: { id: launch.attemptId } })).toMatchObject({
      completionStatus: "incomplete",
      location: "page-2",
      suspendData: "p2",
      totalSeconds: 180,
    });

    const done = await commitAttempt(kenyan, kenyan.userId, launch.attemptId, {
      commitSequence: 3,
      cmi: { core: { lesson_status: "passed", score: { raw: "90" } } },
    });
    expect(done.moduleCompleted).toBe(true);
    expect(await db.owner.moduleCompletion.count({ where: { userId: kenyan.userId, moduleId: target.id } })).toBe(1);
    expect(
      (await db.owner.enrolment.findFirstOrThrow({ where: { userId: kenyan.userId, courseId: target.courseId } }))
        .progressPercent,
    ).toBe(done.progressPercent);
  });

  it("keeps each learner's attempt to themselves and keeps packages for Members' officers from Academy buyers", async () => {
    const author = await authorFor("wco.admin", "root");
    const target = await scormModule("SAFE-101");
    await attachScormPackage(author, target.courseId, target.id, scorm12Package());
    const kenyan = await enrolled("ke.learner", "ke", target.courseId);
    const { attemptId } = await launchSco(kenyan, kenyan.userId, target.id, 0, ORIGIN);
    const belgian = await enrolled("be.learner", "be", target.courseId);
    await expect(
      commitAttempt(belgian, belgian.userId, attemptId, {
        commitSequence: 9,
        cmi: { core: { lesson_status: "failed" } },
      }),
    ).rejects.toBeInstanceOf(NotFound);
    expect((await db.owner.scormAttempt.findUniqueOrThrow({ where: { id: attemptId } })).commitSeq).toBe(0);
    const buyer = await scopeOfUser(db.owner, "academy.buyer", "academy");
    await expect(launchSco(buyer, buyer.userId, target.id, 0, ORIGIN)).rejects.toBeInstanceOf(NotFound);
  });
});
