import { Invalid, NotFound } from "@/lib/errors";
import { enrolInCourse } from "@/lib/learning/enrol-in-course";
import { enrolmentRequestStatus } from "@/lib/learning/enrolment-request-status";
import { requestEnrolment } from "@/lib/learning/request-enrolment";
import { decideEnrolmentRequest } from "@/lib/team/decide-enrolment-request";
import { listApplications } from "@/lib/team/list-applications";
import { scopeOfUser } from "../helpers/scopes";
import { setUpTestDatabase } from "../helpers/test-database";

const db = setUpTestDatabase();

async function manager(username: string) {
  const user = await db.owner.user.findUniqueOrThrow({ where: { username } });
  return {
    id: user.id,
    firstName: user.firstName,
    lastName: user.lastName,
    roles: user.roles,
    homeTenantId: user.tenantId,
    locale: "en",
  };
}

async function closedCourse(code = "RKC-101") {
  return db.owner.course.update({
    where: {
      tenantId_code: { tenantId: (await db.owner.tenant.findUniqueOrThrow({ where: { slug: "wco" } })).id, code },
    },
    data: { selfEnrolment: false },
  });
}

describe("enrolment requests", () => {
  it("go from the officer to their coordinator, who accepts or denies them; the decision is audited", async () => {
    const course = await closedCourse();
    const kenyan = await scopeOfUser(db.owner, "ke.learner", "ke");
    await expect(
      enrolInCourse(kenyan, { id: kenyan.userId, homeTenantId: kenyan.homeTenantId }, course.id),
    ).rejects.toThrow(/closed/);
    await requestEnrolment(kenyan, kenyan.userId, course.id);
    await requestEnrolment(kenyan, kenyan.userId, course.id);
    expect(await enrolmentRequestStatus(kenyan, kenyan.userId, course.id)).toEqual({ status: "PENDING", reason: null });

    const coordinator = await manager("ke.coordinator");
    const { applications } = await listApplications(coordinator, 1);
    const request = applications.find((a) => a.type === "ENROLMENT")!;
    expect(request).toMatchObject({
      requester: "Amina Wanjiru",
      country: "Kenya",
      course: "The Revised Kyoto Convention",
      status: "PENDING",
      decidable: true,
    });

    // Another administration's coordinator neither sees nor decides it; learners and buyers cannot manage.
    const belgian = await manager("be.coordinator");
    expect((await listApplications(belgian, 1)).applications.some((a) => a.id === request.id)).toBe(false);
    await expect(decideEnrolmentRequest(belgian, request.id, true)).rejects.toBeInstanceOf(NotFound);
    await expect(decideEnrolmentRequest(await manager("ke.learner"), request.id, true)).rejects.toBeInstanceOf(
      NotFound,
    );
    await expect(listApplications(await manager("academy.buyer"), 1)).rejects.toBeInstanceOf(NotFound);
    expect((await db.owner.enrolmentRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("PENDING");

    await decideEnrolmentRequest(coordinator, request.id, false, "Reserved for valuation officers this year.");
    expect(await enrolmentRequestStatus(kenyan, kenyan.userId, course.id)).toEqual({
      status: "DENIED",
      reason: "Reserved for valuation officers this year.",
    });
    await expect(decideEnrolmentRequest(coordinator, request.id, true)).rejects.toEqual(
      new Invalid({ request: "alreadyDecided" }),
    );
    // Asking again reopens it; accepting enrols her.
    await requestEnrolment(kenyan, kenyan.userId, course.id);
    await decideEnrolmentRequest(coordinator, request.id, true);
    expect(await db.owner.enrolment.count({ where: { userId: kenyan.userId, courseId: course.id } })).toBe(1);
    await expect(requestEnrolment(kenyan, kenyan.userId, course.id)).rejects.toEqual(
      new Invalid({ request: "alreadyEnrolled" }),
    );
    const actions = (
      await db.owner.auditEvent.findMany({ where: { targetId: request.id }, orderBy: { createdAt: "asc" } })
    ).map((e) => e.action);
    expect(actions).toEqual(["enrolment.request.deny", "enrolment.request.accept"]);
  });

  it("are only for officers, for visible courses that are closed to self-enrolment", async () => {
    const closed = await closedCourse("CBM-101");
    const open = await db.owner.course.findFirstOrThrow({ where: { code: "HS-101" } });
    const kenyan = await scopeOfUser(db.owner, "ke.learner", "ke");
    await expect(requestEnrolment(kenyan, kenyan.userId, open.id)).rejects.toEqual(
      new Invalid({ request: "selfEnrolmentOpen" }),
    );
    const buyer = await scopeOfUser(db.owner, "academy.buyer", "academy");
    await expect(requestEnrolment(buyer, buyer.userId, closed.id)).rejects.toBeInstanceOf(NotFound);
    const notVisible = await db.owner.course.findFirstOrThrow({ where: { code: "BE-PLDA" } });
    await db.owner.course.update({ where: { id: notVisible.id }, data: { selfEnrolment: false } });
    await expect(requestEnrolment(kenyan, kenyan.userId, notVisible.id)).rejects.toBeInstanceOf(NotFound);
    expect(
      await db.owner.enrolmentRequest.count({
        where: { userId: { in: [kenyan.userId, buyer.userId] }, courseId: { in: [open.id, closed.id, notVisible.id] } },
      }),
    ).toBe(0);
  });

  it("show registration requests of the administration beside them, with the WCO seeing every administration", async () => {
    const admin = await manager("wco.admin");
    const kenyan = await scopeOfUser(db.owner, "ke.learner", "ke");
    const course = await closedCourse("RM-101");
    await requestEnrolment(kenyan, kenyan.userId, course.id);
    const all = await listApplications(admin, 1);
    expect(all.platform).toBe(true);
    expect(all.applications.some((a) => a.type === "ENROLMENT" && a.country === "Kenya")).toBe(true);
  });
});
