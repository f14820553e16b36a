// The course editing page reads what it shows in one transaction of its author's tenant: the course and its
// texts, the outline with its SCORM versions (and the learners on each), and each module's content.
import { loadViewer } from "@/lib/auth/load-viewer";
import { authorOn } from "@/lib/authoring/author";
import { getOutline } from "@/lib/authoring/get-outline";
import * as data from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { viewCourseEditor } from "@/lib/modules/view-course-editor";
import { siteFor } from "../helpers/sites";
import { setUpTestDatabase } from "../helpers/test-database";

// Counts the transactions opened, each still run against PostgreSQL.
jest.mock("@/lib/db", () => {
  const actual = jest.requireActual("@/lib/db");
  return { ...actual, forTenant: jest.fn(actual.forTenant), asPlatform: jest.fn(actual.asPlatform) };
});
const forTenant = data.forTenant as jest.MockedFunction<typeof data.forTenant>;
const asPlatform = data.asPlatform as jest.MockedFunction<typeof data.asPlatform>;

const db = setUpTestDatabase({ demoContent: true });

async function authorFor(username: string, host: string) {
  const user = await db.owner.user.findUniqueOrThrow({ where: { username } });
  const site = await siteFor(host);
  return authorOn(site, await loadViewer(user.id, user.sessionVersion, site));
}

describe("the course editing page's view", () => {
  it("reads the course, its outline with SCORM versions and its module contents in one tenant transaction", async () => {
    const author = await authorFor("wco.admin", "root");
    const course = await db.owner.course.findFirstOrThrow({
      where: { code: "HS-101" },
      include: { translations: true, modules: { include: { content: true } } },
    });
    forTenant.mockClear();
    asPlatform.mockClear();
    const view = await viewCourseEditor(author, course.id);
    expect(forTenant).toHaveBeenCalledTimes(1);
    // The learners on each package version live in their own tenants: counted once, after it.
    expect(asPlatform).toHaveBeenCalledTimes(1);

    expect(view.course.code).toBe("HS-101");
    expect(view.course.translations.map((t) => t.locale).sort()).toEqual(
      course.translations.map((t) => t.locale).sort(),
    );
    expect(view.outline).toEqual(await getOutline(author, course.id));
    const scorm = view.outline.flatMap((s) => s.modules).find((m) => m.kind === "SCORM")!;
    expect(scorm.scormVersions).toEqual([
      expect.objectContaining({ number: 1, current: true, learners: expect.any(Number) }),
    ]);
    const withContent = course.modules.filter((m) => m.content);
    expect(withContent.length).toBeGreaterThan(0);
    expect([...view.contents.keys()].sort()).toEqual(withContent.map((m) => m.id).sort());
    const video = withContent.find((m) => m.kind === "VIDEO")!;
    expect(view.contents.get(video.id)).toMatchObject({ watchPercent: 80, fileName: "demo.webm" });
  });

  it("is 404 for another tenant's author, a learner, and an Academy buyer", async () => {
    const own = await db.owner.course.findFirstOrThrow({ where: { code: "KE-EAC-CET" } });
    await expect(viewCourseEditor(await authorFor("be.coordinator", "be"), own.id)).rejects.toBeInstanceOf(NotFound);
    await expect(viewCourseEditor(await authorFor("ke.coordinator", "ke"), "not-an-id")).rejects.toBeInstanceOf(
      NotFound,
    );
    // A learner and a buyer are no authors at all.
    await expect(authorFor("ke.learner", "ke")).rejects.toBeInstanceOf(NotFound);
    await expect(authorFor("academy.buyer", "academy")).rejects.toBeInstanceOf(NotFound);
    expect((await viewCourseEditor(await authorFor("ke.coordinator", "ke"), own.id)).course.code).toBe("KE-EAC-CET");
  });
});
