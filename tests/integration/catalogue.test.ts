import { getCourse } from "@/lib/catalogue/get-course";
import { parseCatalogueQuery, searchCourses } from "@/lib/catalogue/search-courses";
import { Forbidden, NotFound } from "@/lib/errors";
import { completeModule } from "@/lib/learning/complete-module";
import { enrolInCourse } from "@/lib/learning/enrol-in-course";
import { listMyCourses } from "@/lib/learning/list-my-courses";
import { anonymousScope, scopeOfUser } from "../helpers/scopes";
import { setUpTestDatabase } from "../helpers/test-database";

const db = setUpTestDatabase();
const everything = parseCatalogueQuery({});
const codesOf = (result: { courses: Array<{ code: string }> }) => result.courses.map((c) => c.code);

async function allCodes(scope: Parameters<typeof searchCourses>[0], q = "") {
  const first = await searchCourses(scope, "en", { ...everything, q });
  const codes = codesOf(first);
  for (let page = 2; page <= first.pageCount; page++)
    codes.push(...codesOf(await searchCourses(scope, "en", { ...everything, q, page })));
  return { total: first.total, codes };
}

async function courseId(code: string) {
  return (await db.owner.course.findFirstOrThrow({ where: { code } })).id;
}

describe("catalogue visibility", () => {
  it("shows an officer the core courses for their audience and region plus their own administration's courses", async () => {
    const { codes, total } = await allCodes(await scopeOfUser(db.owner, "ke.learner"));
    expect(codes).toHaveLength(total);
    expect(codes).toEqual(expect.arrayContaining(["HS-101", "ENF-DRUGS", "KE-ICMS"]));
    expect(codes.filter((c) => c.startsWith("BE-") || c.startsWith("BR-") || c.startsWith("JO-"))).toEqual([]);
    // Region-restricted workshops: only their region.
    expect(codes).not.toContain("WS-WCA-VAL");
    expect(codes).not.toContain("WS-AP-HS");
    expect((await allCodes(await scopeOfUser(db.owner, "in.learner"))).codes).toContain("WS-AP-HS");
  });

  it("never shows CUSTOMS_ONLY or members' courses to Academy customers, in results, counts or direct addresses", async () => {
    const buyer = await scopeOfUser(db.owner, "academy.buyer");
    const { codes } = await allCodes(buyer);
    const publicCore = await db.owner.course.findMany({
      where: { isCore: true, audience: "PUBLIC", status: "PUBLISHED" },
      select: { code: true },
    });
    expect(codes.sort()).toEqual(publicCore.map((c) => c.code).sort());
    const facets = (await searchCourses(buyer, "en", everything)).facets;
    expect(facets.type.reduce((sum, f) => sum + f.count, 0)).toBe(publicCore.length);
    await expect(getCourse(buyer, "en", await courseId("ENF-DRUGS"), buyer.userId)).rejects.toBeInstanceOf(NotFound);
    expect((await allCodes(buyer, "drug")).codes).toEqual([]);
  });

  it("shows anonymous visitors only courses open to guests", async () => {
    const guest = await anonymousScope(db.owner, "wco");
    const { codes } = await allCodes(guest);
    const open = await db.owner.course.findMany({
      where: { guestAccess: true, status: "PUBLISHED", isCore: true },
      select: { code: true },
    });
    expect(codes.sort()).toEqual(open.map((c) => c.code).sort());
    await expect(getCourse(guest, "en", await courseId("VAL-TP"), null)).rejects.toBeInstanceOf(NotFound);
  });

  it("answers 404 for another administration's course at its address", async () => {
    const belgian = await scopeOfUser(db.owner, "be.learner");
    await expect(getCourse(belgian, "en", await courseId("KE-ICMS"), belgian.userId)).rejects.toBeInstanceOf(NotFound);
    await expect(getCourse(belgian, "en", "not-a-uuid", belgian.userId)).rejects.toBeInstanceOf(NotFound);
    const kenyan = await scopeOfUser(db.owner, "ke.learner");
    expect((await getCourse(kenyan, "en", await courseId("KE-ICMS"), kenyan.userId)).code).toBe("KE-ICMS");
  });
});

describe("catalogue search and facets", () => {
  it("finds courses in French, Russian and Arabic, whatever the accents", async () => {
    const scope = await scopeOfUser(db.owner, "be.learner");
    expect(codesOf(await searchCourses(scope, "fr", { ...everything, q: "evaluation" }))).toEqual(
      expect.arrayContaining(["VAL-101"]),
    );
    expect(codesOf(await searchCourses(scope, "fr", { ...everything, q: "règles d'origine" }))).toContain("ORI-101");
    expect(codesOf(await searchCourses(scope, "ru", { ...everything, q: "происхождения" }))).toContain("ORI-101");
    expect(codesOf(await searchCourses(scope, "ar", { ...everything, q: "النزاهة" }))).toContain("INT-101");
    // Stemming in the reader's language: "classements" finds "classement".
    expect(codesOf(await searchCourses(scope, "fr", { ...everything, q: "classements" }))).toContain("HS-101");
  });

  it("searches topic names and puts featured courses first", async () => {
    const scope = await scopeOfUser(db.owner, "ke.learner");
    const result = await searchCourses(scope, "en", { ...everything, q: "intellectual property" });
    expect(codesOf(result)).toContain("IPR-101");
    const all = await searchCourses(scope, "en", everything);
    const featuredFlags = all.courses.map((c) => c.featured);
    expect(featuredFlags.indexOf(false)).toBeGreaterThan(0);
    expect(featuredFlags.slice(featuredFlags.indexOf(false))).not.toContain(true);
  });

  it("counts each facet with the other filters applied, and filters by any chosen value", async () => {
    const scope = await scopeOfUser(db.owner, "be.learner");
    const french = await searchCourses(scope, "en", { ...everything, languages: ["fr"] });
    const frenchCount = (await searchCourses(scope, "en", everything)).facets.language.find(
      (f) => f.value === "fr",
    )!.count;
    expect(french.total).toBe(frenchCount);
    const workshopsInFrench = french.facets.type.find((f) => f.value === "WORKSHOP")?.count ?? 0;
    const both = await searchCourses(scope, "en", { ...everything, languages: ["fr"], types: ["WORKSHOP"] });
    expect(both.total).toBe(workshopsInFrench);
    // The language facet does not narrow itself: other languages keep their counts.
    expect(french.facets.language.find((f) => f.value === "es")!.count).toBeGreaterThan(0);
    expect(french.facets.language.find((f) => f.value === "fr")!.selected).toBe(true);
  });

  it("pages the results", async () => {
    const scope = await scopeOfUser(db.owner, "ke.learner");
    const first = await searchCourses(scope, "en", everything);
    const second = await searchCourses(scope, "en", { ...everything, page: 2 });
    expect(first.pageCount).toBeGreaterThan(1);
    expect(codesOf(second).filter((c) => codesOf(first).includes(c))).toEqual([]);
    expect((await searchCourses(scope, "en", { ...everything, page: 999 })).page).toBe(first.pageCount);
  });
});

describe("enrolment and progress", () => {
  it("enrols once however often it is asked, and lists the course for the learner", async () => {
    const scope = await scopeOfUser(db.owner, "jo.learner");
    const id = await courseId("SAFE-101");
    await enrolInCourse(scope, { id: scope.userId, homeTenantId: scope.homeTenantId }, id);
    await enrolInCourse(scope, { id: scope.userId, homeTenantId: scope.homeTenantId }, id);
    const enrolments = await db.owner.enrolment.findMany({ where: { userId: scope.userId, courseId: id } });
    expect(enrolments).toHaveLength(1);
    expect(enrolments[0].tenantId).toBe(scope.homeTenantId);
    expect((await listMyCourses(scope.ctx, scope.userId, "ar")).map((c) => c.code)).toContain("SAFE-101");
  });

  it("refuses self-enrolment in closed courses and in invisible ones, changing nothing", async () => {
    const jordanian = await scopeOfUser(db.owner, "jo.learner");
    await expect(
      enrolInCourse(
        jordanian,
        { id: jordanian.userId, homeTenantId: jordanian.homeTenantId },
        await courseId("JO-AQABA"),
      ),
    ).rejects.toBeInstanceOf(Forbidden);
    await expect(
      enrolInCourse(
        jordanian,
        { id: jordanian.userId, homeTenantId: jordanian.homeTenantId },
        await courseId("KE-ICMS"),
      ),
    ).rejects.toBeInstanceOf(NotFound);
    const buyer = await scopeOfUser(db.owner, "academy.buyer");
    await expect(
      enrolInCourse(buyer, { id: buyer.userId, homeTenantId: buyer.homeTenantId }, await courseId("ENF-DRUGS")),
    ).rejects.toBeInstanceOf(NotFound);
    await expect(
      enrolInCourse(await anonymousScope(db.owner, "wco"), null, await courseId("HS-101")),
    ).rejects.toBeInstanceOf(NotFound);
    expect(
      await db.owner.enrolment.count({ where: { course: { code: { in: ["JO-AQABA", "KE-ICMS", "ENF-DRUGS"] } } } }),
    ).toBe(0);
  });

  it("completes modules once, follows progress over required modules, and completes the course at 100%", async () => {
    const scope = await scopeOfUser(db.owner, "ru.learner");
    const id = await courseId("INT-101");
    const modules = await db.owner.courseModule.findMany({ where: { courseId: id }, orderBy: { position: "asc" } });
    await expect(completeModule(scope, scope.userId, modules[0].id)).rejects.toBeInstanceOf(NotFound);
    await enrolInCourse(scope, { id: scope.userId, homeTenantId: scope.homeTenantId }, id);
    expect(await completeModule(scope, scope.userId, modules[0].id)).toEqual({
      progressPercent: Math.floor(100 / modules.length),
      completedNow: false,
    });
    expect(await completeModule(scope, scope.userId, modules[0].id)).toEqual({
      progressPercent: Math.floor(100 / modules.length),
      completedNow: false,
    });
    const outcomes = [];
    for (const m of modules) outcomes.push(await completeModule(scope, scope.userId, m.id));
    // Completion is recorded once: by the module that completed the course, never again.
    expect(outcomes.map((o) => o.completedNow)).toEqual(modules.map((_, i) => i === modules.length - 1));
    const enrolment = await db.owner.enrolment.findFirstOrThrow({ where: { userId: scope.userId, courseId: id } });
    expect(enrolment).toMatchObject({ progressPercent: 100, status: "COMPLETED", grade: null });
    expect(enrolment.completedAt).toBeInstanceOf(Date);
    await completeModule(scope, scope.userId, modules[0].id);
    expect(
      (await db.owner.enrolment.findFirstOrThrow({ where: { userId: scope.userId, courseId: id } })).completedAt,
    ).toEqual(enrolment.completedAt);
    const course = await getCourse(scope, "ru", id, scope.userId);
    expect(course.modules.every((m) => m.completed)).toBe(true);
    expect(course.title).toContain("Добросовестность");
  });

  it("keeps a learner's records invisible to other tenants' learners", async () => {
    const russian = await scopeOfUser(db.owner, "ru.learner");
    const kenyan = await scopeOfUser(db.owner, "ke.learner");
    expect(await listMyCourses(kenyan.ctx, russian.userId, "en")).toEqual([]);
    const someModule = await db.owner.courseModule.findFirstOrThrow({ where: { course: { code: "INT-101" } } });
    await expect(completeModule(kenyan, russian.userId, someModule.id)).rejects.toBeInstanceOf(NotFound);
  });
});
