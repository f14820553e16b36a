// Coordinators and the Secretariat enrolling users into courses as required learning: who may enrol whom into
// what (line by line, previewed, all ready lines or none), due dates set on existing enrolments without a second
// one, the audit trail, the learner's required learning, the reminder before the due date (once, with the
// e-mail preferences) and the overdue flag of the NC - Course Report. Other administrations' coordinators,
// learners, visitors and Academy customers get NotFound and change nothing.
import { loadViewer } from "@/lib/auth/load-viewer";
import { Invalid, NotFound } from "@/lib/errors";
import { listMyCourses } from "@/lib/learning/list-my-courses";
import { DUE_REMINDER_DAYS, sendDueReminders } from "@/lib/learning/send-due-reminders";
import { enrolTeamMembers } from "@/lib/team/enrol-team-members";
import { readEnrolmentList } from "@/lib/team/enrolment-list";
import { listEnrolmentCourses } from "@/lib/team/list-enrolment-courses";
import { managerOn } from "@/lib/team/manager-on";
import { previewTeamEnrolment } from "@/lib/team/preview-team-enrolment";
import { courseReport, parseCourseReportFilters } from "@/lib/team/reports/course-report";
import { ENROL_LIST_MAX_LINES } from "@/lib/team/schemas";
import { lastEmailTo } from "../helpers/outbox";
import { siteFor } from "../helpers/sites";
import { setUpTestDatabase } from "../helpers/test-database";
import { managerOf } from "../helpers/managers";

const db = setUpTestDatabase();

const manager = (username: string) => managerOf(db.owner, username);

const user = (username: string) => db.owner.user.findUniqueOrThrow({ where: { username } });
const courseId = async (code: string) => (await db.owner.course.findFirstOrThrow({ where: { code } })).id;
const enrolmentOf = async (username: string, code: string) =>
  db.owner.enrolment.findFirst({ where: { userId: (await user(username)).id, courseId: await courseId(code) } });
const dayFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
/** Everything an enrolment could change. */
const snapshot = async () => ({
  enrolments: await db.owner.enrolment.findMany({ orderBy: { id: "asc" } }),
  audit: await db.owner.auditEvent.count(),
});

describe("an enrolment list", () => {
  it("reads one identifier per line: the first cell of a CSV row, without header, blank lines or a BOM", () => {
    const lines = readEnrolmentList(
      '\uFEFFUsername;Name\r\nbe.learner;Lucie\r\n\r\n"ke.learner@x.test",Amina\n\tx\n;y\nlast',
    );
    expect(lines).toEqual([
      { line: 2, identifier: "be.learner" },
      { line: 4, identifier: "ke.learner@x.test" },
      { line: 7, identifier: "last" },
    ]);
  });

  it("refuses an empty list, one too large or too long, and a binary file", () => {
    const refusal = (source: unknown) => {
      try {
        readEnrolmentList(source);
      } catch (error) {
        return error instanceof Invalid ? error.fields.list : error;
      }
      return null;
    };
    expect(refusal(" \n\n")).toBe("enrolListRequired");
    expect(refusal("x".repeat(70 * 1024))).toBe("enrolListTooLarge");
    expect(refusal(Array.from({ length: ENROL_LIST_MAX_LINES + 1 }, (_, i) => `u${i}`).join("\n"))).toBe(
      "enrolListTooMany",
    );
    expect(refusal("a\u0000b")).toBe("enrolListWrongType");
  });
});

describe("a coordinator enrolling users of their administration", () => {
  it("previews each line (ready, unknown, another administration's, duplicate) and stores nothing", async () => {
    const before = await snapshot();
    const preview = await previewTeamEnrolment(await manager("be.coordinator"), {
      courseId: await courseId("ENF-PAX"),
      dueDate: dayFromNow(30),
      source: "be.learner\nnobody@example.test\nke.learner\n\nBE.LEARNER@demo.clikc.test",
    });
    expect(preview.course.title).toBe("Passenger control with API and PNR");
    expect(preview.dueDate).toBe(dayFromNow(30));
    expect(preview.lines.map((l) => [l.line, l.user?.name ?? null, l.error])).toEqual([
      [1, "Lucie Dubois", null],
      [2, null, "enrolUnknownUser"],
      // Another administration's officer is unknown to Belgium's coordinator: nothing tells that she exists.
      [3, null, "enrolUnknownUser"],
      [5, "Lucie Dubois", "enrolDuplicateLine"],
    ]);
    expect(preview.ready).toBe(1);
    expect(await snapshot()).toEqual(before);
  });

  it("enrols the ready lines as required learning with the due date, audited; again, it only sets the due date", async () => {
    const pieter = await manager("be.coordinator");
    const lucie = await user("be.learner");
    const enf = await courseId("ENF-PAX");
    const auditBefore = await db.owner.auditEvent.count();
    const counts = await enrolTeamMembers(pieter, {
      courseId: enf,
      dueDate: dayFromNow(30),
      source: "be.learner\nnobody@example.test",
    });
    expect(counts).toEqual({ enrolled: 1, updated: 0 });
    const enrolment = await enrolmentOf("be.learner", "ENF-PAX");
    expect(enrolment).toMatchObject({ tenantId: lucie.tenantId, assignedById: pieter.id, status: "IN_PROGRESS" });
    // The whole due day is the learner's.
    expect(enrolment?.dueAt?.toISOString()).toBe(`${dayFromNow(30)}T23:59:59.999Z`);
    const audit = await db.owner.auditEvent.findFirstOrThrow({ where: { action: "enrolment.assign" } });
    expect(audit).toMatchObject({ tenantId: lucie.tenantId, actorId: pieter.id, targetId: enrolment!.id });
    expect(audit.after).toMatchObject({ userId: lucie.id, courseId: enf, required: true });

    // Lucie sees it as required learning, with its due date.
    const mine = await listMyCourses({ tenantId: lucie.tenantId, audience: "CUSTOMS" }, lucie.id, "en");
    expect(mine.find((c) => c.courseId === enf)).toMatchObject({
      required: true,
      overdue: false,
      dueAt: enrolment!.dueAt,
    });

    // A second enrolment with a new date: the same enrolment, its progress kept, the date moved.
    await db.owner.enrolment.update({
      where: { id: enrolment!.id },
      data: { progressPercent: 40, dueReminderSentAt: new Date() },
    });
    expect(await enrolTeamMembers(pieter, { courseId: enf, dueDate: dayFromNow(60), source: "be.learner" })).toEqual({
      enrolled: 0,
      updated: 1,
    });
    expect(await db.owner.enrolment.count({ where: { userId: lucie.id, courseId: enf } })).toBe(1);
    expect(await enrolmentOf("be.learner", "ENF-PAX")).toMatchObject({
      id: enrolment!.id,
      progressPercent: 40,
      dueAt: new Date(`${dayFromNow(60)}T23:59:59.999Z`),
      dueReminderSentAt: null,
    });
    // Without a date, an existing one stays.
    await enrolTeamMembers(pieter, { courseId: enf, dueDate: "", source: "be.learner" });
    expect((await enrolmentOf("be.learner", "ENF-PAX"))?.dueAt).toEqual(new Date(`${dayFromNow(60)}T23:59:59.999Z`));
    expect(await db.owner.auditEvent.count({ where: { action: "enrolment.due.set" } })).toBe(2);
    expect(await db.owner.auditEvent.count()).toBe(auditBefore + 3);
  });

  it("makes a self-enrolled course required, keeping the learner's enrolment", async () => {
    const lucie = await user("be.learner");
    const hs = await courseId("HS-101");
    await db.owner.enrolment.create({
      data: { tenantId: lucie.tenantId, userId: lucie.id, courseId: hs, progressPercent: 20 },
    });
    await enrolTeamMembers(await manager("be.coordinator"), {
      courseId: hs,
      dueDate: dayFromNow(10),
      source: "be.learner",
    });
    expect(await enrolmentOf("be.learner", "HS-101")).toMatchObject({ progressPercent: 20 });
    expect((await enrolmentOf("be.learner", "HS-101"))?.assignedAt).not.toBeNull();
  });

  it("refuses another administration's course, a workshop and a course out of its region with NotFound", async () => {
    const pieter = await manager("be.coordinator");
    const before = await snapshot();
    for (const code of ["KE-ICMS", "ENF-CCP"])
      await expect(
        previewTeamEnrolment(pieter, { courseId: await courseId(code), dueDate: "", source: "be.learner" }),
      ).rejects.toBeInstanceOf(NotFound);
    const asiaOnly = await courseId("RM-101");
    await db.owner.course.update({ where: { id: asiaOnly }, data: { regions: ["ASIA_PACIFIC"] } });
    try {
      await expect(
        enrolTeamMembers(pieter, { courseId: asiaOnly, dueDate: "", source: "be.learner" }),
      ).rejects.toBeInstanceOf(NotFound);
      expect((await listEnrolmentCourses(pieter)).map((c) => c.id)).not.toContain(asiaOnly);
    } finally {
      await db.owner.course.update({ where: { id: asiaOnly }, data: { regions: [] } });
    }
    const offered = (await listEnrolmentCourses(pieter)).map((c) => c.id);
    expect(offered).toEqual(expect.arrayContaining([await courseId("BE-PLDA"), await courseId("ENF-PAX")]));
    expect(offered).not.toContain(await courseId("KE-ICMS"));
    expect(offered).not.toContain(await courseId("ENF-CCP"));
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a past due date, a list with no ready line and a suspended account, changing nothing", async () => {
    const pieter = await manager("be.coordinator");
    const enf = await courseId("ENF-PAX");
    const before = await snapshot();
    await expect(
      enrolTeamMembers(pieter, { courseId: enf, dueDate: dayFromNow(-1), source: "be.learner" }),
    ).rejects.toEqual(new Invalid({ dueDate: "dueDatePast" }));
    await expect(
      enrolTeamMembers(pieter, { courseId: enf, dueDate: "2026-02-30", source: "be.learner" }),
    ).rejects.toEqual(new Invalid({ dueDate: "dateInvalid" }));
    await expect(
      enrolTeamMembers(pieter, { courseId: "not-a-course", dueDate: "", source: "be.learner" }),
    ).rejects.toEqual(new Invalid({ courseId: "enrolCourseRequired" }));
    await expect(enrolTeamMembers(pieter, { courseId: enf, dueDate: "", source: "ke.learner" })).rejects.toEqual(
      new Invalid({ list: "enrolNothingReady" }),
    );
    await db.owner.user.update({ where: { username: "be.learner" }, data: { status: "SUSPENDED" } });
    try {
      const preview = await previewTeamEnrolment(pieter, { courseId: enf, dueDate: "", source: "be.learner" });
      expect(preview.lines[0].error).toBe("enrolUserSuspended");
    } finally {
      await db.owner.user.update({ where: { username: "be.learner" }, data: { status: "ACTIVE" } });
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe("the WCO Secretariat enrolling Member users", () => {
  it("enrols users of several administrations, each into a course they may see; others are refused line by line", async () => {
    const admin = await manager("wco.admin");
    const ke = await courseId("KE-ICMS");
    const preview = await previewTeamEnrolment(admin, {
      courseId: ke,
      dueDate: "",
      source: "ke.learner\nbe.learner\nacademy.buyer\nwco.admin",
    });
    expect(preview.lines.map((l) => l.error)).toEqual([
      null,
      // Kenya's own course: a Belgian officer does not see it.
      "enrolCourseNotVisible",
      // Not a Member user: Academy customers and WCO staff.
      "enrolUnknownUser",
      "enrolUnknownUser",
    ]);
    const counts = await enrolTeamMembers(admin, { courseId: ke, dueDate: dayFromNow(20), source: preview.source });
    expect(counts).toEqual({ enrolled: 1, updated: 0 });
    const amina = await user("ke.learner");
    expect(await enrolmentOf("ke.learner", "KE-ICMS")).toMatchObject({
      tenantId: amina.tenantId,
      assignedById: admin.id,
    });
    expect(await enrolmentOf("be.learner", "KE-ICMS")).toBeNull();
    expect(await db.owner.auditEvent.count({ where: { action: "enrolment.assign", tenantId: amina.tenantId } })).toBe(
      1,
    );
    expect((await listEnrolmentCourses(admin)).find((c) => c.id === ke)?.owner).toBe("Kenya");
  });
});

describe("enrolment by anyone else", () => {
  it("answers NotFound to another administration's coordinator for Belgium's course and finds none of Belgium's users", async () => {
    const david = await manager("ke.coordinator");
    const before = await snapshot();
    await expect(
      previewTeamEnrolment(david, { courseId: await courseId("BE-PLDA"), dueDate: "", source: "be.learner" }),
    ).rejects.toBeInstanceOf(NotFound);
    await expect(
      enrolTeamMembers(david, { courseId: await courseId("BE-PLDA"), dueDate: "", source: "be.learner" }),
    ).rejects.toBeInstanceOf(NotFound);
    const preview = await previewTeamEnrolment(david, {
      courseId: await courseId("HS-101"),
      dueDate: "",
      source: "be.learner",
    });
    expect(preview.lines[0]).toMatchObject({ user: null, error: "enrolUnknownUser" });
    await expect(
      enrolTeamMembers(david, { courseId: await courseId("HS-101"), dueDate: "", source: "be.learner" }),
    ).rejects.toEqual(new Invalid({ list: "enrolNothingReady" }));
    expect(await snapshot()).toEqual(before);
  });

  it("answers NotFound to learners, Academy customers and visitors, changing nothing", async () => {
    const before = await snapshot();
    const enf = await courseId("ENF-PAX");
    for (const username of ["be.learner", "academy.buyer", "academy.manager"]) {
      const outsider = await manager(username);
      await expect(listEnrolmentCourses(outsider)).rejects.toBeInstanceOf(NotFound);
      await expect(
        previewTeamEnrolment(outsider, { courseId: enf, dueDate: "", source: "be.learner" }),
      ).rejects.toBeInstanceOf(NotFound);
      await expect(
        enrolTeamMembers(outsider, { courseId: enf, dueDate: "", source: "be.learner" }),
      ).rejects.toBeInstanceOf(NotFound);
    }
    // The entry points: a visitor, a learner on their space, the Academy's buyer on the Academy.
    const be = await siteFor("be");
    expect(() => managerOn(be, null, "en")).toThrow(NotFound);
    const lucie = await user("be.learner");
    expect(() => managerOn(be, null, "en")).toThrow(NotFound);
    const lucieViewer = await loadViewer(lucie.id, lucie.sessionVersion, be);
    expect(() => managerOn(be, lucieViewer, "en")).toThrow(NotFound);
    const academy = await siteFor("academy");
    const buyer = await user("academy.buyer");
    expect(() => managerOn(academy, null, "en")).toThrow(NotFound);
    const buyerViewer = await loadViewer(buyer.id, buyer.sessionVersion, academy);
    expect(() => managerOn(academy, buyerViewer, "en")).toThrow(NotFound);
    expect(await snapshot()).toEqual(before);
  });
});

describe("the reminder before the due date", () => {
  it("is sent once, by e-mail and alert, only within the window, and again for a new due date", async () => {
    const admin = await manager("wco.admin");
    const tfa = await courseId("TFA-101");
    await enrolTeamMembers(admin, { courseId: tfa, dueDate: dayFromNow(20), source: "br.learner" });
    const joao = await user("br.learner");
    const alerts = () => db.owner.alert.count({ where: { userId: joao.id, kind: "courseDueReminder" } });
    const mails = () =>
      db.owner.emailMessage.count({ where: { toAddress: joao.email, template: "courseDueReminder" } });
    // Twenty days before: too early.
    await sendDueReminders();
    expect(await alerts()).toBe(0);
    // Within a week of the due day: once, however many runs.
    const weekBefore = new Date(Date.now() + (21 - DUE_REMINDER_DAYS) * 86_400_000);
    // (Kenya's officer enrolled above is due the same day.)
    expect(await sendDueReminders(weekBefore)).toBeGreaterThanOrEqual(1);
    expect(await sendDueReminders(weekBefore)).toBe(0);
    expect(await alerts()).toBe(1);
    expect(await mails()).toBe(1);
    const mail = await lastEmailTo(db.owner, joao.email);
    expect(mail?.text).toContain(`/courses/${tfa}`);
    expect(mail?.locale).toBe(joao.locale ?? "en");

    // A new due date: a new reminder when it comes near.
    await enrolTeamMembers(admin, { courseId: tfa, dueDate: dayFromNow(40), source: "br.learner" });
    expect(await sendDueReminders(weekBefore)).toBe(0);
    await sendDueReminders(new Date(Date.now() + (41 - DUE_REMINDER_DAYS) * 86_400_000));
    expect(await alerts()).toBe(2);
  });

  it("keeps to the learner's e-mail preferences (the alert stays) and skips completed courses", async () => {
    const admin = await manager("wco.admin");
    const sa = await courseId("SAFE-101");
    const rm = await courseId("ORI-101");
    const jo = await user("jo.learner");
    await db.owner.user.update({ where: { id: jo.id }, data: { emailOptOuts: ["reminders"] } });
    await enrolTeamMembers(admin, { courseId: sa, dueDate: dayFromNow(3), source: "jo.learner" });
    await enrolTeamMembers(admin, { courseId: rm, dueDate: dayFromNow(3), source: "jo.learner" });
    await db.owner.enrolment.updateMany({
      where: { userId: jo.id, courseId: rm },
      data: { status: "COMPLETED", completedAt: new Date(), progressPercent: 100 },
    });
    expect(await sendDueReminders()).toBe(1);
    expect(await db.owner.alert.findMany({ where: { userId: jo.id, kind: "courseDueReminder" } })).toHaveLength(1);
    expect(await db.owner.emailMessage.count({ where: { toAddress: jo.email, template: "courseDueReminder" } })).toBe(
      0,
    );
  });
});

describe("overdue required learning", () => {
  it("is flagged for the learner and in the coordinator's course report, which filters it", async () => {
    const pieter = await manager("be.coordinator");
    const lucie = await user("be.learner");
    const val = await courseId("VAL-101");
    await enrolTeamMembers(pieter, { courseId: val, dueDate: dayFromNow(5), source: "be.learner" });
    const overdueRows = async () =>
      (await courseReport(pieter, parseCourseReportFilters({ overdue: "1" }), 1)).rows.map((r) => r.courseCode);
    expect(await overdueRows()).not.toContain("VAL-101");
    // The due date passes.
    await db.owner.enrolment.updateMany({
      where: { userId: lucie.id, courseId: val },
      data: { dueAt: new Date(Date.now() - 86_400_000) },
    });
    expect(await overdueRows()).toContain("VAL-101");
    const row = (await courseReport(pieter, parseCourseReportFilters({ course: "valuation" }), 1)).rows.find(
      (r) => r.firstName === "Lucie",
    );
    expect(row).toMatchObject({ overdue: true });
    const mine = await listMyCourses({ tenantId: lucie.tenantId, audience: "CUSTOMS" }, lucie.id, "en");
    expect(mine.find((c) => c.courseId === val)).toMatchObject({ required: true, overdue: true });
    // Completed: no longer overdue.
    await db.owner.enrolment.updateMany({
      where: { userId: lucie.id, courseId: val },
      data: { status: "COMPLETED", completedAt: new Date() },
    });
    expect(await overdueRows()).not.toContain("VAL-101");
    // Another administration's coordinator sees none of it.
    const david = await manager("ke.coordinator");
    expect(
      (await courseReport(david, parseCourseReportFilters({ overdue: "1" }), 1)).rows.map((r) => r.lastName),
    ).not.toContain("Dubois");
  });
});
