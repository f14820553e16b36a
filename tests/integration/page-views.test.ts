// Each page reads what it shows in one transaction; these views answer what the separate reads answer.
import { forTenant } from "@/lib/db";
import { readMyScormResults } from "@/lib/learning/my-scorm-results";
import { getCourse } from "@/lib/catalogue/get-course";
import { listCertificates } from "@/lib/certificates/list-certificates";
import { NotFound } from "@/lib/errors";
import { completeModule } from "@/lib/learning/complete-module";
import { enrolInCourse } from "@/lib/learning/enrol-in-course";
import { listMyCourses } from "@/lib/learning/list-my-courses";
import { requestEnrolment } from "@/lib/learning/request-enrolment";
import { listSavedSearches } from "@/lib/learning/list-saved-searches";
import { saveSearch } from "@/lib/learning/save-search";
import { viewCoursePage } from "@/lib/learning/view-course-page";
import { viewDashboard } from "@/lib/learning/view-dashboard";
import { viewRecordOfLearning } from "@/lib/learning/view-record-of-learning";
import { listCourseSessions } from "@/lib/workshops/list-course-sessions";
import { listUpcomingEvents } from "@/lib/workshops/list-upcoming-events";
import { anonymousScope, scopeOfUser } from "../helpers/scopes";
import { setUpTestDatabase } from "../helpers/test-database";

const db = setUpTestDatabase();

async function course(code: string) {
  return db.owner.course.findFirstOrThrow({ where: { code } });
}

describe("the course page's view", () => {
  it("shows the course as getCourse does, with the officer's request to join a closed course", async () => {
    const jordanian = await scopeOfUser(db.owner, "jo.learner");
    const closed = await db.owner.course.update({
      where: { id: (await course("RKC-101")).id },
      data: { selfEnrolment: false },
    });
    const first = await viewCoursePage(jordanian, jordanian.userId, "en", closed.id, { certificates: false });
    expect(first.course).toEqual(await getCourse(jordanian, "en", closed.id, jordanian.userId));
    expect(first).toMatchObject({
      mayRequest: true,
      request: null,
      joinedBySessions: false,
      sessions: [],
      certificates: [],
    });
    await requestEnrolment(jordanian, jordanian.userId, closed.id);
    expect(
      (await viewCoursePage(jordanian, jordanian.userId, "en", closed.id, { certificates: false })).request,
    ).toEqual({ status: "PENDING", reason: null, askAgainFrom: null, denialStands: false });
  });

  it("lists a workshop's sessions as listCourseSessions does", async () => {
    const kenyan = await scopeOfUser(db.owner, "ke.learner");
    const workshop = await db.owner.course.findFirstOrThrow({
      where: {
        type: "WORKSHOP",
        status: "PUBLISHED",
        isCore: true,
        regions: { isEmpty: true },
        countries: { isEmpty: true },
        workshopSessions: { some: { startsAt: { gt: new Date() } } },
      },
    });
    const view = await viewCoursePage(kenyan, kenyan.userId, "en", workshop.id, { certificates: false });
    expect(view.sessions.length).toBeGreaterThan(0);
    expect(view.sessions).toEqual(await listCourseSessions(kenyan, kenyan.userId, workshop.id));
    expect(view.course.type).toBe("WORKSHOP");
  });

  it("reads the certificates only on the Certificate tab", async () => {
    const scope = await scopeOfUser(db.owner, "ke.learner", "ke");
    const { id } = await course("HS-101");
    await enrolInCourse(scope, { id: scope.userId, homeTenantId: scope.homeTenantId }, id);
    for (const m of await db.owner.courseModule.findMany({ where: { courseId: id }, orderBy: { position: "asc" } }))
      await completeModule(scope, scope.userId, m.id);
    const onTab = await viewCoursePage(scope, scope.userId, "en", id, { certificates: true });
    expect(onTab.certificates).toHaveLength(1);
    expect(onTab.certificates).toEqual(await listCertificates(scope.ctx, scope.userId, { courseId: id }));
    expect((await viewCoursePage(scope, scope.userId, "en", id, { certificates: false })).certificates).toEqual([]);
  });

  it("is 404 for another tenant's learner, an anonymous visitor and an Academy buyer", async () => {
    const kenyanCourse = await course("KE-ICMS");
    for (const scope of [
      await scopeOfUser(db.owner, "be.learner"),
      await scopeOfUser(db.owner, "academy.buyer"),
      await anonymousScope(db.owner, "ke"),
    ]) {
      await expect(viewCoursePage(scope, null, "en", kenyanCourse.id, { certificates: true })).rejects.toBeInstanceOf(
        NotFound,
      );
    }
    await expect(
      viewCoursePage(await scopeOfUser(db.owner, "ke.learner"), null, "en", "not-a-uuid", { certificates: false }),
    ).rejects.toBeInstanceOf(NotFound);
  });
});

describe("the dashboard's and the record of learning's views", () => {
  it("answer what the separate reads answer", async () => {
    const kenyan = await scopeOfUser(db.owner, "ke.learner");
    const viewer = { id: kenyan.userId, homeTenantId: kenyan.homeTenantId, homeTenantKind: "ADMINISTRATION" as const };
    expect(await viewDashboard(kenyan.ctx, viewer, "en")).toEqual({
      courses: await listMyCourses(kenyan.ctx, kenyan.userId, "en"),
      upcoming: await listUpcomingEvents(
        { id: kenyan.userId, ctx: { tenantId: kenyan.homeTenantId, audience: "CUSTOMS" } },
        "en",
      ),
    });
    const buyer = await scopeOfUser(db.owner, "academy.buyer");
    expect(
      (
        await viewDashboard(
          buyer.ctx,
          { id: buyer.userId, homeTenantId: buyer.homeTenantId, homeTenantKind: "ACADEMY" },
          "en",
        )
      ).upcoming,
    ).toEqual([]);

    await saveSearch(kenyan.ctx, kenyan.userId, { name: "Valuation", query: "valuation" });
    const myCourses = await listMyCourses(kenyan.ctx, kenyan.userId, "en", { search: "", order: "title" });
    expect(await viewRecordOfLearning(kenyan.ctx, kenyan.userId, "en", "")).toEqual({
      query: "",
      courses: myCourses,
      previous: new Map(),
      scorm: await forTenant(kenyan.ctx, (tx) => readMyScormResults(tx, kenyan.userId, myCourses, "en")),
      saved: await listSavedSearches(kenyan.ctx, kenyan.userId),
      certificates: await listCertificates(kenyan.ctx, kenyan.userId),
    });
    expect((await viewRecordOfLearning(kenyan.ctx, kenyan.userId, "en", "")).saved.map((s) => s.name)).toEqual([
      "Valuation",
    ]);
  });
});
