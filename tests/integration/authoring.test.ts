import { loadViewer } from "@/lib/auth/load-viewer";
import { authorOn, type Author } from "@/lib/authoring/author";
import { addModule } from "@/lib/authoring/add-module";
import { addSection } from "@/lib/authoring/add-section";
import { editModule } from "@/lib/authoring/edit-module";
import { getOutline } from "@/lib/authoring/get-outline";
import { moveModule } from "@/lib/authoring/move-module";
import { moveSection } from "@/lib/authoring/move-section";
import { removeModule } from "@/lib/authoring/remove-module";
import { removeSection } from "@/lib/authoring/remove-section";
import { setCoursePublished } from "@/lib/authoring/publish-course";
import { createCourse } from "@/lib/authoring/create-course";
import { saveCourseText } from "@/lib/authoring/save-course-text";
import { updateCourseSettings } from "@/lib/authoring/update-course-settings";
import { getCourse } from "@/lib/catalogue/get-course";
import { parseCatalogueQuery, searchCourses } from "@/lib/catalogue/search-courses";
import { completeModule } from "@/lib/learning/complete-module";
import { enrolInCourse } from "@/lib/learning/enrol-in-course";
import { Invalid, NotFound } from "@/lib/errors";
import { anonymousScope, scopeOfUser } from "../helpers/scopes";
import { siteFor } from "../helpers/sites";
import { setUpTestDatabase } from "../helpers/test-database";

const db = setUpTestDatabase();

async function viewerOn(username: string, host: string) {
  const user = await db.owner.user.findUniqueOrThrow({ where: { username } });
  const site = await siteFor(host);
  return { site, viewer: await loadViewer(user.id, user.sessionVersion, site) };
}

async function authorFor(username: string, host: string): Promise<Author> {
  const { site, viewer } = await viewerOn(username, host);
  return authorOn(site, viewer);
}

const settings = {
  code: "KE-NEW-ICMS",
  type: "ELEARNING",
  audience: "CUSTOMS_ONLY",
  regions: [],
  countries: [],
  languages: ["en"],
  topics: [],
  durationMinutes: 90,
  featured: false,
  guestAccess: false,
  selfEnrolment: true,
  hasCertificate: true,
  certificateValidityMonths: 24,
};
const text = {
  locale: "en",
  title: "Simba border drill for Kenyan officers",
  summary: "The integrated Customs management system.",
  description: "Learn **iCMS**.",
  objectives: ["Lodge a declaration"],
};

async function kenyanCourse(code = settings.code) {
  const author = await authorFor("ke.coordinator", "ke");
  const id = await createCourse(author, { ...settings, code }, text);
  await addSection(author, id, { en: "Basics" });
  const [section] = await getOutline(author, id);
  await addModule(author, id, section.id, { kind: "RESOURCE", title: { en: "Read me" }, required: true });
  return { author, id };
}

const titles = async (
  scope: Awaited<ReturnType<typeof scopeOfUser>> | Awaited<ReturnType<typeof anonymousScope>>,
  q: string,
) => (await searchCourses(scope, "en", parseCatalogueQuery({ q }))).courses.map((c) => c.title);

describe("who authors what", () => {
  it("lets WCO admins author core courses on the root site and tenant admins their own on their space, nobody else", async () => {
    expect((await authorFor("wco.admin", "root")).core).toBe(true);
    const kenyan = await authorFor("ke.coordinator", "ke");
    expect(kenyan.core).toBe(false);
    expect(kenyan.ctx.tenantId).toBe((await db.owner.tenant.findUniqueOrThrow({ where: { slug: "ke" } })).id);
    for (const [username, host] of [
      ["ke.learner", "ke"],
      ["wco.admin", "ke"],
      ["ke.coordinator", "root"],
      ["ke.coordinator", "be"],
      ["academy.manager", "academy"],
    ]) {
      const { site, viewer } = await viewerOn(username, host);
      expect(() => authorOn(site, viewer)).toThrow(NotFound);
    }
    const kenyanSite = await siteFor("ke");
    expect(() => authorOn(kenyanSite, null)).toThrow(NotFound);
  });
});

describe("an administration's own course", () => {
  it("is a draft until published, then found by its own learners only, and 404 everywhere else", async () => {
    const { author, id } = await kenyanCourse();
    const kenyan = await scopeOfUser(db.owner, "ke.learner", "ke");
    expect(await titles(kenyan, "Simba")).toEqual([]);
    await setCoursePublished(author, id, true);
    expect(await titles(kenyan, "Simba")).toEqual(["Simba border drill for Kenyan officers"]);
    expect((await getCourse(kenyan, "en", id, kenyan.userId)).description).toBe("Learn **iCMS**.");

    const outsiders = [
      await scopeOfUser(db.owner, "be.learner", "be"),
      await scopeOfUser(db.owner, "in.learner"),
      await scopeOfUser(db.owner, "academy.buyer", "academy"),
      await anonymousScope(db.owner, "ke"),
    ];
    for (const scope of outsiders) {
      expect(await titles(scope, "Simba")).toEqual([]);
      await expect(getCourse(scope, "en", id, null)).rejects.toBeInstanceOf(NotFound);
    }
    await setCoursePublished(author, id, false);
    expect(await titles(kenyan, "Simba")).toEqual([]);
  });

  it("cannot be changed by another administration's tenant admin, and a tenant admin cannot change core courses", async () => {
    const { id } = await kenyanCourse("KE-OTHER");
    const belgian = await authorFor("be.coordinator", "be");
    await expect(updateCourseSettings(belgian, id, { ...settings, code: "BE-STOLEN" })).rejects.toBeInstanceOf(
      NotFound,
    );
    await expect(saveCourseText(belgian, id, { ...text, title: "Defaced" })).rejects.toBeInstanceOf(NotFound);
    await expect(setCoursePublished(belgian, id, true)).rejects.toBeInstanceOf(NotFound);
    await expect(addSection(belgian, id, { en: "Intruder" })).rejects.toBeInstanceOf(NotFound);
    const core = await db.owner.course.findFirstOrThrow({ where: { isCore: true } });
    const kenyan = await authorFor("ke.coordinator", "ke");
    await expect(updateCourseSettings(kenyan, core.id, { ...settings, code: core.code })).rejects.toBeInstanceOf(
      NotFound,
    );
    await expect(saveCourseText(kenyan, core.id, text)).rejects.toBeInstanceOf(NotFound);
    expect(await db.owner.course.findUniqueOrThrow({ where: { id: core.id } })).toEqual(core);
    expect((await db.owner.course.findUniqueOrThrow({ where: { id } })).code).toBe("KE-OTHER");
    expect(await db.owner.courseTranslation.findMany({ where: { courseId: id }, select: { title: true } })).toEqual([
      { title: text.title },
    ]);
  });

  it("refuses settings that would expose it or make no sense, with a message per field", async () => {
    const author = await authorFor("ke.coordinator", "ke");
    const refused = (input: object) =>
      createCourse(author, { ...settings, code: "KE-NEW", ...input }, text).then(
        () => null,
        (error) => (error as Invalid).fields,
      );
    expect(await refused({ guestAccess: true })).toEqual({ guestAccess: "guestAccessNeedsPublic" });
    expect(await refused({ hasCertificate: false })).toEqual({ certificateValidityMonths: "validityNeedsCertificate" });
    expect(await refused({ languages: [] })).toEqual({ languages: "languagesRequired" });
    expect(await refused({ topics: ["no-such-topic"] })).toEqual({ topics: "unknownTopic" });
    expect(await refused({ code: "bad code!" })).toEqual({ code: "courseCodeFormat" });
    await kenyanCourse("KE-TAKEN");
    expect(await refused({ code: "ke-taken" })).toEqual({ code: "courseCodeTaken" });
    const empty = await createCourse(author, { ...settings, code: "KE-EMPTY" }, text);
    await expect(setCoursePublished(author, empty, true)).rejects.toEqual(
      new Invalid({ publish: "publishNeedsModule" }),
    );
  });
});

describe("sections and modules", () => {
  it("keep the designer's order through moves across sections, and refuse to destroy content or learners' records", async () => {
    const author = await authorFor("wco.admin", "root");
    const id = await createCourse(author, { ...settings, code: "CORE-ORDER", audience: "MEMBERS" }, text);
    await addSection(author, id, { en: "A" });
    await addSection(author, id, { en: "B", fr: "B (fr)" });
    const [a, b] = await getOutline(author, id);
    for (const [section, title] of [
      [a, "a1"],
      [a, "a2"],
      [b, "b1"],
    ] as const)
      await addModule(author, id, section.id, { kind: "RESOURCE", title: { en: title }, required: true });
    const shape = async () =>
      (await getOutline(author, id)).map((s) => [
        (s.title as { en: string }).en,
        s.modules.map((m) => [(m.title as { en: string }).en, m.position]),
      ]);
    expect(await shape()).toEqual([
      [
        "A",
        [
          ["a1", 0],
          ["a2", 1],
        ],
      ],
      ["B", [["b1", 2]]],
    ]);

    const a2 = (await getOutline(author, id))[0].modules[1];
    await moveModule(author, id, a2.id, "down");
    expect(await shape()).toEqual([
      ["A", [["a1", 0]]],
      [
        "B",
        [
          ["a2", 1],
          ["b1", 2],
        ],
      ],
    ]);
    await moveSection(author, id, b.id, "up");
    expect(await shape()).toEqual([
      [
        "B",
        [
          ["a2", 0],
          ["b1", 1],
        ],
      ],
      ["A", [["a1", 2]]],
    ]);
    await expect(moveSection(author, id, b.id, "up")).rejects.toBeInstanceOf(NotFound);
    await expect(removeSection(author, id, b.id)).rejects.toEqual(new Invalid({ section: "sectionNotEmpty" }));

    // A learner completes a1: it can no longer be removed; b1 can.
    await setCoursePublished(author, id, true);
    const learner = await scopeOfUser(db.owner, "ke.learner", "ke");
    await enrolInCourse(learner, { id: learner.userId, homeTenantId: learner.homeTenantId }, id);
    const a1 = (await getOutline(author, id))[1].modules[0];
    await completeModule(learner, learner.userId, a1.id);
    await expect(removeModule(author, id, a1.id)).rejects.toEqual(new Invalid({ module: "moduleHasCompletions" }));
    await removeModule(author, id, (await getOutline(author, id))[0].modules[1].id);
    expect(await shape()).toEqual([
      ["B", [["a2", 0]]],
      ["A", [["a1", 1]]],
    ]);

    // Editing a module keeps its titles in other languages.
    const a2Now = (await getOutline(author, id))[0].modules[0];
    await editModule(author, id, a2Now.id, { kind: "VIDEO", title: { fr: "a2 (fr)" }, required: false });
    expect(await db.owner.courseModule.findUniqueOrThrow({ where: { id: a2Now.id } })).toMatchObject({
      kind: "VIDEO",
      required: false,
      title: { en: "a2", fr: "a2 (fr)" },
    });

    // The course page shows the modules in this order to a Belgian learner (a core course for Members).
    const belgian = await scopeOfUser(db.owner, "be.learner", "be");
    expect((await getCourse(belgian, "en", id, belgian.userId)).modules.map((m) => m.title)).toEqual(["a2", "a1"]);
    const actions = (
      await db.owner.auditEvent.findMany({ where: { targetId: id }, orderBy: { createdAt: "asc" } })
    ).map((e) => e.action);
    expect(actions).toEqual([
      "course.create",
      "course.section.add",
      "course.section.add",
      "course.module.add",
      "course.module.add",
      "course.module.add",
      "course.module.move",
      "course.section.move",
      "course.publish",
      "course.module.remove",
      "course.module.edit",
    ]);
  });
});
