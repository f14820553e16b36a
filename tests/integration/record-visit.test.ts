import { NotFound } from "@/lib/errors";
import { enrolInCourse } from "@/lib/learning/enrol-in-course";
import { listMyCourses } from "@/lib/learning/list-my-courses";
import { recordVisit } from "@/lib/learning/record-visit";
import { anonymousScope, scopeOfUser } from "../helpers/scopes";
import { setUpTestDatabase } from "../helpers/test-database";

const db = setUpTestDatabase();

async function courseId(code: string) {
  return (await db.owner.course.findFirstOrThrow({ where: { code } })).id;
}

const visits = () => db.owner.enrolment.findMany({ select: { id: true, lastVisitedAt: true }, orderBy: { id: "asc" } });

describe("course visits (the course page's beacon)", () => {
  it("remembers when an enrolled learner last opened a course, for latest visited on the dashboard", async () => {
    const kenyan = await scopeOfUser(db.owner, "ke.learner");
    const id = await courseId("KE-ICMS");
    await enrolInCourse(kenyan, { id: kenyan.userId, homeTenantId: kenyan.homeTenantId }, id);
    expect(
      (await listMyCourses(kenyan.ctx, kenyan.userId, "en")).find((c) => c.code === "KE-ICMS")?.lastVisitedAt,
    ).toBeNull();
    const before = Date.now();
    await recordVisit(kenyan, kenyan.userId, id);
    const visited = (await listMyCourses(kenyan.ctx, kenyan.userId, "en")).find(
      (c) => c.code === "KE-ICMS",
    )?.lastVisitedAt;
    expect(visited).toBeInstanceOf(Date);
    expect(visited!.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it("records nothing for a visible course the learner has not joined", async () => {
    const kenyan = await scopeOfUser(db.owner, "ke.learner");
    const id = await courseId("HS-101");
    const snapshot = await visits();
    await recordVisit(kenyan, kenyan.userId, id);
    expect(await visits()).toEqual(snapshot);
    expect(await db.owner.enrolment.count({ where: { userId: kenyan.userId, courseId: id } })).toBe(0);
  });

  it("answers 404 to another tenant's learner, an anonymous visitor and an Academy buyer, recording nothing", async () => {
    const kenyan = await scopeOfUser(db.owner, "ke.learner");
    const id = await courseId("KE-ICMS");
    await enrolInCourse(kenyan, { id: kenyan.userId, homeTenantId: kenyan.homeTenantId }, id);
    const snapshot = await visits();
    const belgian = await scopeOfUser(db.owner, "be.learner");
    const buyer = await scopeOfUser(db.owner, "academy.buyer");
    const guest = await anonymousScope(db.owner, "ke");
    for (const [scope, learnerId] of [
      [belgian, belgian.userId],
      [belgian, kenyan.userId],
      [buyer, buyer.userId],
      [buyer, kenyan.userId],
      [guest, kenyan.userId],
    ] as const) {
      await expect(recordVisit(scope, learnerId, id)).rejects.toBeInstanceOf(NotFound);
    }
    // A members' course is 404 to the Academy buyer on any course address, and a malformed one to everyone.
    await expect(recordVisit(buyer, buyer.userId, await courseId("ENF-DRUGS"))).rejects.toBeInstanceOf(NotFound);
    await expect(recordVisit(kenyan, kenyan.userId, "not-a-uuid")).rejects.toBeInstanceOf(NotFound);
    expect(await visits()).toEqual(snapshot);
    const own = await db.owner.enrolment.findFirstOrThrow({ where: { userId: kenyan.userId, courseId: id } });
    expect(snapshot).toContainEqual({ id: own.id, lastVisitedAt: own.lastVisitedAt });
  });
});
