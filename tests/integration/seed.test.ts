import { readStoredFile } from "@/lib/content-store";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { setUpTestDatabase } from "../helpers/test-database";

const db = setUpTestDatabase({ demoContent: true });

describe("the demo data", () => {
  it("has the WCO, the Academy and all 186 Member administrations", async () => {
    expect(await db.owner.tenant.count({ where: { kind: "ADMINISTRATION" } })).toBe(186);
    expect(await db.owner.tenant.count({ where: { kind: "WCO" } })).toBe(1);
    expect(await db.owner.tenant.count({ where: { kind: "ACADEMY" } })).toBe(1);
    const spaces = await db.owner.tenant.findMany({ where: { spaceEnabled: true }, select: { slug: true } });
    expect(spaces.map((t) => t.slug).sort()).toEqual(expect.arrayContaining(["be", "br", "jo", "ke"]));
  });

  it("has a catalogue of at least 40 published courses in several languages and every audience", async () => {
    expect(await db.owner.course.count({ where: { status: "PUBLISHED" } })).toBeGreaterThanOrEqual(40);
    const locales = await db.owner.courseTranslation.groupBy({ by: ["locale"], _count: true });
    expect(locales.length).toBeGreaterThanOrEqual(5);
    const audiences = await db.owner.course.groupBy({ by: ["audience"], _count: true });
    expect(audiences.map((a) => a.audience).sort()).toEqual(["CUSTOMS_ONLY", "MEMBERS", "PUBLIC"]);
    expect(await db.owner.course.count({ where: { isCore: false } })).toBeGreaterThan(0);
  });

  it("marks exactly the WCO's courses as core", async () => {
    const wco = await db.owner.tenant.findUniqueOrThrow({ where: { slug: "wco" } });
    expect(await db.owner.course.count({ where: { isCore: true, NOT: { tenantId: wco.id } } })).toBe(0);
    expect(await db.owner.course.count({ where: { isCore: false, tenantId: wco.id } })).toBe(0);
  });

  it("changes nothing when it runs a second time", async () => {
    const snapshot = async () => ({
      tenants: await db.owner.tenant.count(),
      users: await db.owner.user.count(),
      courses: await db.owner.course.count(),
      translations: await db.owner.courseTranslation.count(),
      topics: await db.owner.topic.count(),
      modules: await db.owner.courseModule.count(),
      lastChange: (
        await db.owner.$queryRaw<
          { at: Date }[]
        >`SELECT GREATEST((SELECT max("updatedAt") FROM "User"), (SELECT max("updatedAt") FROM "Course"), (SELECT max("updatedAt") FROM "Tenant")) AS at`
      )[0].at,
      passwordHash: (await db.owner.user.findUniqueOrThrow({ where: { username: "ke.learner" } })).passwordHash,
    });
    const before = await snapshot();
    await seedDemo(db.owner);
    expect(await snapshot()).toEqual(before);
  });
});

describe("the demo content", () => {
  it("gives every module of every published course something to complete", async () => {
    const empty = await db.owner.courseModule.findMany({
      where: {
        course: { status: "PUBLISHED" },
        OR: [
          { kind: { in: ["VIDEO", "RESOURCE", "PAGE"] }, content: null },
          { kind: "SCORM", scormPackages: { none: {} } },
          { kind: "QUIZ", quizSlots: { none: {} } },
        ],
      },
      select: { kind: true, course: { select: { code: true } } },
    });
    expect(empty).toEqual([]);
    const hs = await db.owner.course.findFirstOrThrow({
      where: { code: "HS-101" },
      select: { modules: { orderBy: { position: "asc" }, select: { kind: true, required: true } } },
    });
    expect(hs.modules.map((m) => m.kind)).toEqual(["PAGE", "SCORM", "VIDEO", "RESOURCE", "QUIZ", "EVALUATION"]);
    const quiz = await db.owner.quizSettings.findFirstOrThrow({ where: { module: { course: { code: "HS-101" } } } });
    expect(quiz.passPercent).toBe(70);
    expect(await db.owner.quizSlot.count({ where: { moduleId: quiz.moduleId } })).toBeGreaterThanOrEqual(5);
    const video = await db.owner.moduleContent.findFirstOrThrow({
      where: { module: { kind: "VIDEO", course: { code: "HS-101" } } },
    });
    expect(video).toMatchObject({ contentType: "video/webm", watchPercent: 80 });
    expect(video.durationSeconds).toBeGreaterThan(19);
    expect(video.captions).toHaveLength(7);
    const versions = await db.owner.scormPackage.groupBy({ by: ["version"], _count: true });
    expect(versions.map((v) => v.version).sort()).toEqual(["1.2", "2004"]);
  });

  it("opens the information point with a first announcement and a document its readers can download", async () => {
    const wco = await db.owner.tenant.findUniqueOrThrow({ where: { slug: "wco" } });
    const announcements = await db.owner.infoPointAnnouncement.findMany({ include: { texts: true } });
    expect(announcements).toEqual([expect.objectContaining({ tenantId: wco.id })]);
    expect(announcements[0].texts.map((t) => t.locale).sort()).toEqual(["en", "fr"]);
    const [version] = await db.owner.infoPointDocumentVersion.findMany();
    expect(version).toMatchObject({ tenantId: wco.id, number: 1, contentType: "application/pdf" });
    const stored = await readStoredFile(version.storageKey, "file");
    expect(new TextDecoder().decode(stored!.slice(0, 5))).toBe("%PDF-");
    expect(stored!.length).toBe(version.bytes);
  });

  it("adds no content a second time", async () => {
    const count = async () => ({
      contents: await db.owner.moduleContent.count(),
      packages: await db.owner.scormPackage.count(),
      questions: await db.owner.quizQuestion.count(),
      announcements: await db.owner.infoPointAnnouncement.count(),
      documents: await db.owner.infoPointDocumentVersion.count(),
    });
    const before = await count();
    await seedDemo(db.owner);
    expect(await count()).toEqual(before);
  });
});
