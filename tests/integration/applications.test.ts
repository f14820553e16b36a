import { Invalid, NotFound } from "@/lib/errors";
import { enrolInCourse } from "@/lib/learning/enrol-in-course";
import { enrolmentRequestStatus } from "@/lib/learning/enrolment-request-status";
import { requestEnrolment } from "@/lib/learning/request-enrolment";
import { decideEnrolmentRequest } from "@/lib/team/decide-enrolment-request";
import { listApplications } from "@/lib/team/list-applications";
import { scopeOfUser } from "../helpers/scopes";
import { setUpTestDatabase } from "../helpers/test-database";
import { managerOf } from "../helpers/managers";

const db = setUpTestDatabase();

const manager = (username: string) => managerOf(db.owner, username);

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
    expect(await enrolmentRequestStatus(kenyan, kenyan.userId, course.id)).toMatchObject({
      status: "PENDING",
      reason: null,
    });

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

    // Her coordinator was told once (the second click changed nothing), by an alert asking for the decision and
    // an e-mail; Belgium's coordinator heard nothing.
    const asked = await db.owner.alert.findMany({ where: { userId: coordinator.id, kind: "enrolmentRequest" } });
    expect(asked).toEqual([
      expect.objectContaining({
        actionKey: `EnrolmentRequest:${request.id}`,
        href: "/team/applications",
        doneAt: null,
        params: { requester: "Amina Wanjiru", course: "The Revised Kyoto Convention" },
      }),
    ]);
    const coordinatorMail = await db.owner.emailMessage.findFirstOrThrow({
      where: { toAddress: "ke.coordinator@demo.clikc.test", template: "enrolmentRequest" },
    });
    expect(coordinatorMail.text).toContain("Amina Wanjiru asks to be enrolled in");
    expect(await db.owner.alert.count({ where: { userId: belgian.id, kind: "enrolmentRequest" } })).toBe(0);

    await decideEnrolmentRequest(coordinator, request.id, false, "Reserved for valuation officers this year.");
    const denied = await enrolmentRequestStatus(kenyan, kenyan.userId, course.id);
    expect(denied).toMatchObject({
      status: "DENIED",
      reason: "Reserved for valuation officers this year.",
      denialStands: true,
    });
    // The coordinator's alert is done; the officer is told why, and from when she may ask again.
    expect(await db.owner.alert.findFirstOrThrow({ where: { id: asked[0].id } })).toMatchObject({
      doneAt: expect.any(Date),
      readAt: expect.any(Date),
    });
    expect(
      await db.owner.alert.findFirstOrThrow({ where: { userId: kenyan.userId }, orderBy: { createdAt: "desc" } }),
    ).toMatchObject({
      kind: "enrolmentDeniedWithReason",
      params: expect.objectContaining({ reason: "Reserved for valuation officers this year." }),
    });
    const deniedMail = await db.owner.emailMessage.findFirstOrThrow({
      where: { toAddress: "ke.learner@demo.clikc.test", template: "enrolmentDeniedWithReason" },
    });
    expect(deniedMail.text).toContain("Reason given: Reserved for valuation officers this year.");
    await expect(decideEnrolmentRequest(coordinator, request.id, true)).rejects.toEqual(
      new Invalid({ request: "alreadyDecided" }),
    );
    // The denial is final until the course's next session: this course has none, so 90 days.
    const DAY = 24 * 60 * 60_000;
    expect(denied!.askAgainFrom!.getTime() - Date.now()).toBeGreaterThan(89 * DAY);
    await expect(requestEnrolment(kenyan, kenyan.userId, course.id)).rejects.toEqual(
      new Invalid({ request: "deniedUntilNextSession" }),
    );
    expect((await db.owner.enrolmentRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("DENIED");
    // From then on, asking again reopens it; accepting enrols her and tells her.
    await requestEnrolment(kenyan, kenyan.userId, course.id, new Date(Date.now() + 91 * DAY));
    await decideEnrolmentRequest(coordinator, request.id, true);
    expect(await db.owner.enrolment.count({ where: { userId: kenyan.userId, courseId: course.id } })).toBe(1);
    await expect(requestEnrolment(kenyan, kenyan.userId, course.id)).rejects.toEqual(
      new Invalid({ request: "alreadyEnrolled" }),
    );
    const actions = (
      await db.owner.auditEvent.findMany({ where: { targetId: request.id }, orderBy: { createdAt: "asc" } })
    ).map((e) => e.action);
    expect(actions).toEqual(["enrolment.request.deny", "enrolment.request.accept"]);
    expect(
      await db.owner.emailMessage.count({
        where: { toAddress: "ke.learner@demo.clikc.test", template: "enrolmentAccepted" },
      }),
    ).toBe(1);
  });

  it("denied for a course with sessions stay denied until its next session begins", async () => {
    const course = await closedCourse("PCA-101");
    const kenyan = await scopeOfUser(db.owner, "ke.learner", "ke");
    const wco = await db.owner.tenant.findUniqueOrThrow({ where: { slug: "wco" } });
    const startsAt = new Date(Date.now() + 20 * 24 * 60 * 60_000);
    await db.owner.workshopSession.create({
      data: {
        tenantId: wco.id,
        courseId: course.id,
        isCore: true,
        audience: course.audience,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 60 * 60_000),
        timeZone: "Europe/Brussels",
        capacity: 10,
      },
    });
    await requestEnrolment(kenyan, kenyan.userId, course.id);
    const request = await db.owner.enrolmentRequest.findFirstOrThrow({
      where: { userId: kenyan.userId, courseId: course.id },
    });
    await decideEnrolmentRequest(await manager("ke.coordinator"), request.id, false);
    expect(await enrolmentRequestStatus(kenyan, kenyan.userId, course.id)).toMatchObject({ askAgainFrom: startsAt });
    await expect(
      requestEnrolment(kenyan, kenyan.userId, course.id, new Date(startsAt.getTime() - 1000)),
    ).rejects.toEqual(new Invalid({ request: "deniedUntilNextSession" }));
    await requestEnrolment(kenyan, kenyan.userId, course.id, startsAt);
    expect((await db.owner.enrolmentRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("PENDING");
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
