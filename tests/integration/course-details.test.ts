// The catalogue's details panel of one course, read when the panel opens: what it tells a viewer who may see the
// course's card (text in the reader's language, modules in order, where the viewer stands, the way in), and that
// anyone else gets NotFound: another administration's user, a learner of another region, an anonymous visitor,
// an Academy buyer, and a Customs-only course for a viewer outside Customs.
import { loadViewer, tenantContext } from "@/lib/auth/load-viewer";
import { visibilityScope } from "@/lib/auth/visibility-scope";
import { courseDetailsText, type Translate } from "@/lib/catalogue/course-details-text";
import { readCourseDetails } from "@/lib/catalogue/read-course-details";
import { NotFound } from "@/lib/errors";
import { enrolInCourse } from "@/lib/learning/enrol-in-course";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { siteFor } from "../helpers/sites";
import { setUpTestDatabase } from "../helpers/test-database";

const db = setUpTestDatabase();

async function entryOf(username: string | null, host: string) {
  const site = await siteFor(host);
  const user = username ? await db.owner.user.findUniqueOrThrow({ where: { username } }) : null;
  const viewer = user ? await loadViewer(user.id, user.sessionVersion, site) : null;
  return { site, viewer, ctx: tenantContext(site, viewer) };
}

// The messages by full key; a message with an argument (a plural) comes back as its key and count.
const translator =
  (messages: object): Translate =>
  (key, values) => {
    const message = key.split(".").reduce<unknown>((m, part) => (m as Record<string, unknown>)?.[part], messages);
    if (typeof message !== "string") throw new Error(`no message ${key}`);
    return values ? `${key}(${values.count})` : message;
  };

const courseId = async (code: string) => (await db.owner.course.findFirstOrThrow({ where: { code } })).id;

async function detailsFor(username: string | null, host: string, code: string, locale: "en" | "fr" = "en") {
  const entry = await entryOf(username, host);
  return readCourseDetails(visibilityScope(entry), locale, await courseId(code), entry.viewer?.id ?? null);
}

describe("a course's details panel", () => {
  it("tells a viewer who may see the course its texts, modules in order, and where they stand", async () => {
    const details = await detailsFor("ke.learner", "ke", "KE-EAC-CET");
    expect(details).toMatchObject({ title: "The EAC Common External Tariff", type: "ELEARNING", enrolled: false });
    expect(details.modules.length).toBeGreaterThan(0);
    const stored = await db.owner.courseModule.findMany({
      where: { courseId: details.id },
      orderBy: { position: "asc" },
    });
    expect(details.modules.map((m) => m.id)).toEqual(stored.map((m) => m.id));

    const text = await courseDetailsText(details, "en", true, translator(en));
    expect(text.status).toBe("You are not enrolled in this course.");
    expect(text.facts).toEqual([
      { term: "Type", value: "E-learning & Videos" },
      { term: "Languages", value: expect.stringContaining("English") },
      { term: "Duration", value: "1 hr 30 min" },
    ]);
    expect(text.modulesHeading).toBe(`Catalogue.modules(${details.modules.length})`);
    expect(text.modules[0].kind).toBe(en.Course.kind[details.modules[0].kind]);
    expect(text.open).toEqual({ href: `/courses/${details.id}`, label: "Go to course" });
    expect(text.enrol).toEqual({ action: `/api/courses/${details.id}/enrol`, label: "Enrol now" });

    // In French where the course is written in French; enrolled, the way in opens the course.
    const hs = await entryOf("ke.learner", "ke");
    const user = await db.owner.user.findUniqueOrThrow({ where: { username: "ke.learner" } });
    await enrolInCourse(visibilityScope(hs), { id: user.id, homeTenantId: user.tenantId }, await courseId("HS-101"));
    const french = await detailsFor("ke.learner", "ke", "HS-101", "fr");
    expect(french).toMatchObject({ title: "Introduction au Système harmonisé", enrolled: true });
    const enrolled = await courseDetailsText(french, "fr", true, translator(fr));
    expect(enrolled).toMatchObject({ enrolled: true, enrol: null, open: { href: `/courses/${french.id}?tab=course` } });
    expect(enrolled.status).toBe(fr.Catalogue.detailsEnrolled);

    // A visitor of a course open to guests reads it too, without the enrolment form.
    const guest = await detailsFor(null, "root", "HS-101");
    expect(guest.enrolled).toBe(false);
    expect(courseDetailsText(guest, "en", false, translator(en)).enrol).toBeNull();
  });

  it("is NotFound for anyone who may not see the course's card", async () => {
    expect((await detailsFor("be.learner", "be", "BE-ANTW")).title).toBeTruthy();
    expect((await detailsFor("in.learner", "root", "WS-AP-HS")).title).toBeTruthy();
    expect((await detailsFor("ke.learner", "ke", "ENF-PREC")).title).toBeTruthy();
    const refused: [string, string | null, string, string][] = [
      ["another administration's user, on their space", "ke.learner", "ke", "BE-ANTW"],
      ["another administration's user, on the root site", "ke.learner", "root", "BE-ANTW"],
      ["a learner of another region", "ke.learner", "root", "WS-AP-HS"],
      ["an anonymous visitor, on the course's space", null, "be", "BE-ANTW"],
      ["an anonymous visitor, of a members' course", null, "root", "KE-EAC-CET"],
      ["a visitor, of a Customs-only course", null, "root", "ENF-PREC"],
      ["a visitor on a space, of a Customs-only course", null, "ke", "ENF-PREC"],
      ["an Academy buyer, of a Customs-only course", "academy.buyer", "academy", "ENF-PREC"],
      ["an Academy buyer, of an administration's course", "academy.buyer", "academy", "BE-ANTW"],
    ];
    for (const [who, username, host, code] of refused)
      await expect(detailsFor(username, host, code).then(() => who)).rejects.toBeInstanceOf(NotFound);
    const entry = await entryOf("ke.learner", "ke");
    for (const id of ["not-a-course", "00000000-0000-4000-8000-000000000000"])
      await expect(readCourseDetails(visibilityScope(entry), "en", id, null)).rejects.toBeInstanceOf(NotFound);
  });
});
