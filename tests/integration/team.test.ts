// The National Coordinator's Team page and reports: who may manage whom, list and search, edit, suspend,
// reactivate, delete (personal data gone, statistics kept), the audit trail, the two NC reports and their
// exports, isolation between administrations, and speed for an administration of 5,000 users.
import ExcelJS from "exceljs";
import { authenticate } from "@/lib/auth/authenticate";
import { loadViewer } from "@/lib/auth/load-viewer";
import { NotFound, Invalid } from "@/lib/errors";
import { closePdfWorkers } from "@/lib/pdf/render-pdf";
import { toCsv, toPdf, toXlsx } from "@/lib/reports/table-export";
import { deleteTeamMember } from "@/lib/team/delete-team-member";
import { getTeamMember } from "@/lib/team/get-team-member";
import { listTeam } from "@/lib/team/list-team";
import { exportTeam } from "@/lib/team/export-team";
import { TEAM_PAGE_SIZE } from "@/lib/team/team-members";
import { listTeamAudit } from "@/lib/team/list-team-audit";
import type { Manager } from "@/lib/team/team-scope";
import {
  courseReport,
  courseReportExport,
  courseReportTable,
  parseCourseReportFilters,
} from "@/lib/team/reports/course-report";
import {
  parseUsersReportFilters,
  usersReport,
  usersReportExport,
  usersReportTable,
  visibleUsersColumns,
  type UsersReportFilters,
} from "@/lib/team/reports/users-report";
import { NO_DATE_FILTER } from "@/lib/team/reports/date-filter";
import { setSuspended } from "@/lib/team/set-suspended";
import { teamTable } from "@/lib/team/team-table";
import { updateTeamMember } from "@/lib/team/update-team-member";
import { DEMO_PASSWORD } from "@/prisma/seed/demo-accounts";
import { pdfText } from "../helpers/pdf-text";
import { siteFor } from "../helpers/sites";
import { setUpTestDatabase } from "../helpers/test-database";
import { managerOf } from "../helpers/managers";

const db = setUpTestDatabase();
afterAll(closePdfWorkers);

let addressCounter = 0;
const signIn = async (identifier: string, host = "ke") =>
  authenticate({
    identifier,
    password: DEMO_PASSWORD,
    address: `192.0.2.${++addressCounter}`,
    site: await siteFor(host),
  });

const manager = (username: string, locale = "en"): Promise<Manager> => managerOf(db.owner, username, locale);

const userId = async (username: string) => (await db.owner.user.findUniqueOrThrow({ where: { username } })).id;
const tenantId = async (slug: string) => (await db.owner.tenant.findUniqueOrThrow({ where: { slug } })).id;
const courseId = async (code: string) => (await db.owner.course.findFirstOrThrow({ where: { code } })).id;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function enrol(
  username: string,
  code: string,
  status: "IN_PROGRESS" | "COMPLETED",
  completedAt: Date | null = null,
  progressPercent = status === "COMPLETED" ? 100 : 40,
) {
  const user = await db.owner.user.findUniqueOrThrow({ where: { username } });
  await db.owner.enrolment.create({
    data: {
      tenantId: user.tenantId,
      userId: user.id,
      courseId: await courseId(code),
      status,
      completedAt,
      progressPercent,
    },
  });
}

const ALL_USERS: UsersReportFilters = {
  q: "",
  lastLogin: NO_DATE_FILTER,
  completedAt: NO_DATE_FILTER,
  complete: null,
  country: null,
};
const EXTRA_KENYANS = 30;

// Kenya: Amina Wanjiru (ke.learner) has four courses: a core course with a certificate and one of Kenya's own,
// both completed; a resource without certificate, completed; a core course in progress. Thirty more Kenyan
// officers have two courses each. Belgium's learner has one.
beforeAll(async () => {
  const kenya = await tenantId("ke");
  const { passwordHash } = await db.owner.user.findUniqueOrThrow({ where: { username: "ke.learner" } });
  await db.owner.user.createMany({
    data: Array.from({ length: EXTRA_KENYANS }, (_, i) => ({
      tenantId: kenya,
      username: `ke.officer${String(i + 1).padStart(2, "0")}`,
      email: `ke.officer${i + 1}@example.test`,
      passwordHash,
      firstName: `Officer${String(i + 1).padStart(2, "0")}`,
      lastName: "Kamau",
      position: "Examiner",
    })),
  });
  await enrol("ke.learner", "HS-101", "COMPLETED", day("2026-03-10"));
  await enrol("ke.learner", "KE-ICMS", "COMPLETED", day("2026-04-20"));
  await enrol("ke.learner", "MERC-101", "COMPLETED", day("2026-05-05"));
  await enrol("ke.learner", "VAL-101", "IN_PROGRESS");
  for (let i = 1; i <= EXTRA_KENYANS; i++) {
    const username = `ke.officer${String(i).padStart(2, "0")}`;
    await enrol(username, "HS-101", i % 2 ? "COMPLETED" : "IN_PROGRESS", i % 2 ? day("2026-06-01") : null);
    await enrol(username, "RKC-101", "IN_PROGRESS");
  }
  await enrol("be.learner", "VAL-101", "COMPLETED", day("2026-03-15"));
  await db.owner.user.update({ where: { username: "ke.learner" }, data: { lastLoginAt: day("2026-07-01") } });
});

describe("who manages the team", () => {
  it("answers NotFound to learners, Academy customers and anyone without the role, for every action", async () => {
    const amina = await userId("ke.learner");
    const auditBefore = await db.owner.auditEvent.count();
    for (const username of ["ke.learner", "academy.buyer", "academy.manager", "in.learner"]) {
      const outsider = await manager(username);
      await expect(listTeam(outsider, {})).rejects.toBeInstanceOf(NotFound);
      await expect(exportTeam(outsider, {}, 10)).rejects.toBeInstanceOf(NotFound);
      await expect(getTeamMember(outsider, amina)).rejects.toBeInstanceOf(NotFound);
      await expect(updateTeamMember(outsider, amina, { firstName: "X", lastName: "Y" })).rejects.toBeInstanceOf(
        NotFound,
      );
      await expect(setSuspended(outsider, amina, true)).rejects.toBeInstanceOf(NotFound);
      await expect(deleteTeamMember(outsider, amina)).rejects.toBeInstanceOf(NotFound);
      await expect(listTeamAudit(outsider, 1)).rejects.toBeInstanceOf(NotFound);
      await expect(usersReport(outsider, ALL_USERS, 1)).rejects.toBeInstanceOf(NotFound);
      await expect(courseReport(outsider, parseCourseReportFilters({}), 1)).rejects.toBeInstanceOf(NotFound);
    }
    expect(await db.owner.auditEvent.count()).toBe(auditBefore);
    expect(await db.owner.user.findUniqueOrThrow({ where: { id: amina } })).toMatchObject({
      status: "ACTIVE",
      firstName: "Amina",
    });
  });

  it("keeps another administration's coordinator away from Kenya's users: NotFound for every action, nothing changed", async () => {
    const belgian = await manager("be.coordinator");
    const amina = await db.owner.user.findUniqueOrThrow({ where: { username: "ke.learner" } });
    const auditBefore = await db.owner.auditEvent.count();
    await expect(getTeamMember(belgian, amina.id)).rejects.toBeInstanceOf(NotFound);
    await expect(
      updateTeamMember(belgian, amina.id, { firstName: "Hacked", lastName: "Name", position: "x" }),
    ).rejects.toBeInstanceOf(NotFound);
    // Even invalid input answers NotFound: the refusal says nothing about whether the user exists.
    await expect(updateTeamMember(belgian, amina.id, { firstName: "", lastName: "" })).rejects.toBeInstanceOf(NotFound);
    await expect(setSuspended(belgian, amina.id, true)).rejects.toBeInstanceOf(NotFound);
    await expect(setSuspended(belgian, amina.id, false)).rejects.toBeInstanceOf(NotFound);
    await expect(deleteTeamMember(belgian, amina.id)).rejects.toBeInstanceOf(NotFound);
    await expect(getTeamMember(belgian, "not-a-uuid")).rejects.toBeInstanceOf(NotFound);
    expect(await db.owner.user.findUniqueOrThrow({ where: { id: amina.id } })).toEqual(amina);
    expect(await db.owner.auditEvent.count()).toBe(auditBefore);

    const team = await listTeam(belgian, { q: "" });
    expect(team.members.map((m) => m.username).sort()).toEqual(["be.coordinator", "be.learner"]);
    expect((await listTeam(belgian, { q: "amina" })).total).toBe(0);
    const report = await usersReport(belgian, ALL_USERS, 1);
    expect(report.rows.map((r) => `${r.firstName} ${r.lastName}`)).toEqual(["Lucie Dubois"]);
    expect(
      (await courseReport(belgian, parseCourseReportFilters({}), 1)).rows.every((r) => r.country === "Belgium"),
    ).toBe(true);
    expect((await listTeamAudit(belgian, 1)).events).toEqual([]);
  });
});

describe("the team list", () => {
  it("lists the administration's users with their learning counts, 25 a page, ordered by name", async () => {
    const kenyan = await manager("ke.coordinator");
    const first = await listTeam(kenyan, { q: "" });
    expect(first).toMatchObject({ total: EXTRA_KENYANS + 2, page: 1, pageCount: 2, platform: false });
    expect(first.members).toHaveLength(TEAM_PAGE_SIZE);
    const second = await listTeam(kenyan, { q: "", page: 2 });
    expect(second.members).toHaveLength(EXTRA_KENYANS + 2 - TEAM_PAGE_SIZE);
    const names = [...first.members, ...second.members].map((m) => m.lastName);
    expect(names).toEqual([...names].sort());
    expect(new Set([...first.members, ...second.members].map((m) => m.id)).size).toBe(EXTRA_KENYANS + 2);
    // A page past the end shows the last page.
    expect((await listTeam(kenyan, { q: "", page: 99 })).page).toBe(2);

    const amina = [...first.members, ...second.members].find((m) => m.username === "ke.learner")!;
    expect(amina).toMatchObject({
      firstName: "Amina",
      lastName: "Wanjiru",
      email: "ke.learner@demo.clikc.test",
      position: "Customs Officer",
      status: "ACTIVE",
      lastLoginAt: day("2026-07-01"),
      coursesStarted: 4,
      coursesCompleted: 3,
      competencies: 2,
      country: "Kenya",
    });
    const officer = first.members.find((m) => m.username === "ke.officer01")!;
    expect(officer).toMatchObject({ coursesStarted: 2, coursesCompleted: 1, competencies: 1, lastLoginAt: null });
  });

  it("finds users by every word of their name, in any case and order, and only by name", async () => {
    const kenyan = await manager("ke.coordinator");
    const usernames = async (q: string) => (await listTeam(kenyan, { q })).members.map((m) => m.username);
    expect(await usernames("amina wanjiru")).toEqual(["ke.learner"]);
    expect(await usernames("WANJ ami")).toEqual(["ke.learner"]);
    expect(await usernames("amina kamau")).toEqual([]);
    expect(await usernames("ke.learner")).toEqual([]);
    expect(await usernames("officer0 kamau")).toHaveLength(9);
    expect(await usernames("100%_")).toEqual([]);
    expect((await listTeam(kenyan, { q: "kamau" })).total).toBe(EXTRA_KENYANS);
  });

  it("shows WCO admins every administration's users with their country, never WCO staff or Academy customers", async () => {
    const admin = await manager("wco.admin");
    const all = await exportTeam(admin, {}, 1000);
    expect(all.platform).toBe(true);
    const usernames = all.members.map((m) => m.username);
    expect(usernames).toEqual(expect.arrayContaining(["ke.learner", "be.learner", "in.learner", "jo.learner"]));
    expect(usernames).not.toContain("wco.admin");
    expect(usernames).not.toContain("academy.buyer");
    const belgians = await listTeam(admin, { country: "be" });
    // Ordered by last name: Dubois, Janssens.
    expect(belgians.members.map((m) => [m.username, m.country])).toEqual([
      ["be.learner", "Belgium"],
      ["be.coordinator", "Belgium"],
    ]);
    // A coordinator cannot widen their scope with the country filter.
    expect((await listTeam(await manager("be.coordinator"), { country: "KE" })).total).toBe(2);
    // Nor can a WCO admin act on WCO staff or Academy customers through the Team pages.
    for (const username of ["academy.buyer", "wco.admin"]) {
      await expect(setSuspended(admin, await userId(username), true)).rejects.toBeInstanceOf(NotFound);
      await expect(getTeamMember(admin, await userId(username))).rejects.toBeInstanceOf(NotFound);
    }
    expect(await db.owner.user.count({ where: { status: { not: "ACTIVE" } } })).toBe(0);
  });

  it("exports the list with translated headers, the search applied", async () => {
    const kenyan = await manager("ke.coordinator");
    const { members, total, platform } = await exportTeam(kenyan, { q: "amina" }, 1000);
    expect(total).toBe(1);
    const header = {
      country: "Country",
      fullName: "Full name",
      username: "Username",
      email: "E-mail",
      position: "Position",
      status: "Status",
      lastLogin: "Last login",
      started: "Courses started",
      completed: "Courses completed",
      competencies: "Competencies achieved",
    };
    const table = teamTable(members, platform, {
      title: "Team",
      header,
      status: (s) => (s === "ACTIVE" ? "Active" : s),
    });
    expect(toCsv(table).slice(1).trim().split("\r\n")).toEqual([
      "Full name,Username,E-mail,Position,Status,Last login,Courses started,Courses completed,Competencies achieved",
      "Amina Wanjiru,ke.learner,ke.learner@demo.clikc.test,Customs Officer,Active,2026-07-01,4,3,2",
    ]);
    const all = await exportTeam(await manager("wco.admin"), { country: "KE", q: "amina" }, 1000);
    expect(teamTable(all.members, all.platform, { title: "Team", header, status: String }).rows).toEqual([
      [
        "Kenya",
        "Amina Wanjiru",
        "ke.learner",
        "ke.learner@demo.clikc.test",
        "Customs Officer",
        "ACTIVE",
        day("2026-07-01"),
        4,
        3,
        2,
      ],
    ]);
  });
});

describe("a team member's page", () => {
  it("shows the profile, no bookings yet, and the records with course titles in the manager's language", async () => {
    const detail = await getTeamMember(await manager("ke.coordinator", "fr"), await userId("ke.learner"));
    expect(detail.profile).toMatchObject({
      username: "ke.learner",
      firstName: "Amina",
      position: "Customs Officer",
      status: "ACTIVE",
      administration: "Kenya",
    });
    expect(detail.bookings).toEqual([]);
    expect(detail.records.map((r) => [r.code, r.status, r.progressPercent]).sort()).toEqual([
      ["HS-101", "COMPLETED", 100],
      ["KE-ICMS", "COMPLETED", 100],
      ["MERC-101", "COMPLETED", 100],
      ["VAL-101", "IN_PROGRESS", 40],
    ]);
    const hs = detail.records.find((r) => r.code === "HS-101")!;
    expect(hs).toMatchObject({ title: "Introduction au Système harmonisé", completedAt: day("2026-03-10") });
    // No French text: the English title.
    expect(detail.records.find((r) => r.code === "KE-ICMS")!.title).toBe("iCMS: lodging and processing declarations");
  });
});

describe("editing a team member", () => {
  it("saves the name and position, trimmed, and audits the values before and after", async () => {
    const kenyan = await manager("ke.coordinator");
    const officer = await userId("ke.officer03");
    await updateTeamMember(kenyan, officer, { firstName: "  Grace ", lastName: "Njeri", position: "  " });
    expect(await db.owner.user.findUniqueOrThrow({ where: { id: officer } })).toMatchObject({
      firstName: "Grace",
      lastName: "Njeri",
      position: null,
    });
    const [event] = await db.owner.auditEvent.findMany({ where: { action: "team.user.update", targetId: officer } });
    expect(event).toMatchObject({
      tenantId: await tenantId("ke"),
      actorId: kenyan.id,
      actorName: "David Otieno",
      targetType: "User",
      before: { firstName: "Officer03", lastName: "Kamau", position: "Examiner" },
      after: { firstName: "Grace", lastName: "Njeri", position: null },
    });
    // Saving the same values again records nothing.
    await updateTeamMember(kenyan, officer, { firstName: "Grace", lastName: "Njeri", position: null });
    expect(await db.owner.auditEvent.count({ where: { action: "team.user.update", targetId: officer } })).toBe(1);
  });

  it("refuses empty and overlong names with messages of the Fields namespace, changing nothing", async () => {
    const kenyan = await manager("ke.coordinator");
    const officer = await userId("ke.officer04");
    const refused = (input: Parameters<typeof updateTeamMember>[2]) =>
      updateTeamMember(kenyan, officer, input).then(
        () => null,
        (error) => (error as Invalid).fields,
      );
    expect(await refused({ firstName: " ", lastName: "Kamau" })).toEqual({ firstName: "required" });
    expect(await refused({ firstName: "A", lastName: "B".repeat(101), position: "C".repeat(151) })).toEqual({
      lastName: "tooLong",
      position: "tooLong",
    });
    expect(await db.owner.user.findUniqueOrThrow({ where: { id: officer } })).toMatchObject({
      firstName: "Officer04",
      lastName: "Kamau",
      position: "Examiner",
    });
    expect(await db.owner.auditEvent.count({ where: { targetId: officer } })).toBe(0);
  });
});

describe("suspending and reactivating", () => {
  it("stops sign-in and ends sessions at once, keeps the records, and lets the user back after reactivation", async () => {
    const kenyan = await manager("ke.coordinator");
    const signedIn = await signIn("ke.learner");
    if (!signedIn.ok) throw new Error("expected a sign-in");
    const site = await siteFor("ke");
    const amina = await db.owner.user.findUniqueOrThrow({ where: { username: "ke.learner" } });

    await setSuspended(kenyan, amina.id, true);
    const suspended = await db.owner.user.findUniqueOrThrow({ where: { id: amina.id } });
    expect(suspended).toMatchObject({ status: "SUSPENDED", sessionVersion: amina.sessionVersion + 1 });
    expect(await signIn("ke.learner")).toEqual({ ok: false, refusal: "suspended" });
    expect(await loadViewer(amina.id, signedIn.user.sessionVersion, site)).toBeNull();
    expect(await db.owner.enrolment.count({ where: { userId: amina.id } })).toBe(4);
    expect((await listTeam(kenyan, { q: "amina" })).members[0].status).toBe("SUSPENDED");

    await setSuspended(kenyan, amina.id, false);
    expect(await db.owner.user.findUniqueOrThrow({ where: { id: amina.id } })).toMatchObject({
      status: "ACTIVE",
      sessionVersion: amina.sessionVersion + 1,
    });
    const again = await signIn("ke.learner");
    expect(again).toMatchObject({ ok: true });
    // The session from before the suspension stays over; a new sign-in works.
    expect(await loadViewer(amina.id, signedIn.user.sessionVersion, site)).toBeNull();
    if (again.ok)
      expect(await loadViewer(amina.id, again.user.sessionVersion, site)).toMatchObject({ username: "ke.learner" });

    const events = await db.owner.auditEvent.findMany({ where: { targetId: amina.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [e.action, e.before, e.after])).toEqual([
      ["team.user.suspend", { status: "ACTIVE" }, { status: "SUSPENDED" }],
      ["team.user.reactivate", { status: "SUSPENDED" }, { status: "ACTIVE" }],
    ]);
  });

  it("does not let a coordinator suspend or delete themselves", async () => {
    const kenyan = await manager("ke.coordinator");
    await expect(setSuspended(kenyan, kenyan.id, true)).rejects.toEqual(new Invalid({ form: "notYourself" }));
    await expect(deleteTeamMember(kenyan, kenyan.id)).rejects.toEqual(new Invalid({ form: "notYourself" }));
    expect((await db.owner.user.findUniqueOrThrow({ where: { id: kenyan.id } })).status).toBe("ACTIVE");
  });

  it("lets WCO admins suspend a user of any administration", async () => {
    const admin = await manager("wco.admin");
    const lucie = await userId("be.learner");
    await setSuspended(admin, lucie, true);
    expect(await signIn("be.learner", "be")).toEqual({ ok: false, refusal: "suspended" });
    await setSuspended(admin, lucie, false);
    expect(await signIn("be.learner", "be")).toMatchObject({ ok: true });
    expect(await db.owner.auditEvent.count({ where: { targetId: lucie, tenantId: await tenantId("be") } })).toBe(2);
  });
});

describe("deleting a team member", () => {
  it("removes personal data, keeps anonymous statistics, and frees the username and address", async () => {
    const kenyan = await manager("ke.coordinator");
    const kenya = await tenantId("ke");
    const victim = await db.owner.user.findUniqueOrThrow({ where: { username: "ke.officer05" } });
    expect(await signIn("ke.officer05")).toMatchObject({ ok: true });
    const moduleId = (await db.owner.courseModule.findFirstOrThrow({ where: { courseId: await courseId("HS-101") } }))
      .id;
    await db.owner.moduleCompletion.create({ data: { tenantId: kenya, userId: victim.id, moduleId } });
    await db.owner.userPhoto.create({
      data: { tenantId: kenya, userId: victim.id, contentType: "image/png", data: Buffer.from([0x89, 0x50]) },
    });
    await db.owner.savedSearch.create({ data: { tenantId: kenya, userId: victim.id, name: "HS", query: "hs" } });
    await db.owner.emailToken.create({
      data: {
        tenantId: kenya,
        purpose: "RESET_PASSWORD",
        tokenHash: "hash-of-a-reset-token",
        subjectId: victim.id,
        expiresAt: new Date(Date.now() + 3600_000),
      },
    });
    await db.owner.emailMessage.create({
      data: {
        tenantId: kenya,
        toAddress: victim.email,
        locale: "en",
        template: "passwordReset",
        subject: "Reset",
        text: "Dear Officer05 Kamau",
        html: "<p>Dear Officer05 Kamau</p>",
      },
    });
    const evaluation = await db.owner.courseModule.findFirstOrThrow({ where: { kind: "EVALUATION" } });
    await db.owner.evaluationResponse.create({
      data: {
        tenantId: kenya,
        userId: victim.id,
        moduleId: evaluation.id,
        answers: { content: 4, usefulness: 5, recommend: 5, comments: "Officer05 Kamau from Mombasa" },
      },
    });

    await deleteTeamMember(kenyan, victim.id);

    const gone = await db.owner.user.findUniqueOrThrow({ where: { id: victim.id } });
    expect(gone).toMatchObject({
      status: "DELETED",
      username: `deleted-${victim.id}`,
      email: `deleted-${victim.id}@deleted.invalid`,
      firstName: "—",
      lastName: "—",
      position: null,
      locale: null,
      sessionVersion: victim.sessionVersion + 1,
      tenantId: kenya,
    });
    expect(gone.passwordHash).not.toBe(victim.passwordHash);
    expect(gone.passwordHash.startsWith("$argon2")).toBe(false);
    expect(await db.owner.userPhoto.count({ where: { userId: victim.id } })).toBe(0);
    expect(await db.owner.savedSearch.count({ where: { userId: victim.id } })).toBe(0);
    expect(await db.owner.emailToken.count({ where: { subjectId: victim.id } })).toBe(0);
    expect(await db.owner.emailMessage.count({ where: { toAddress: victim.email } })).toBe(0);
    expect(await db.owner.enrolment.count({ where: { userId: victim.id } })).toBe(2);
    expect(await db.owner.moduleCompletion.count({ where: { userId: victim.id } })).toBe(1);
    expect((await db.owner.evaluationResponse.findFirstOrThrow({ where: { userId: victim.id } })).answers).toEqual({
      content: 4,
      usefulness: 5,
      recommend: 5,
      comments: "",
    });

    // Cannot sign in by the old username or the new one, nor keep a session.
    expect(await signIn("ke.officer05")).toEqual({ ok: false, refusal: "invalid" });
    expect(await signIn(`deleted-${victim.id}`)).toEqual({ ok: false, refusal: "invalid" });
    expect(await loadViewer(victim.id, victim.sessionVersion, await siteFor("ke"))).toBeNull();
    // Gone from the team, and no further action reaches it.
    expect((await listTeam(kenyan, { q: "officer05" })).total).toBe(0);
    await expect(getTeamMember(kenyan, victim.id)).rejects.toBeInstanceOf(NotFound);
    await expect(deleteTeamMember(kenyan, victim.id)).rejects.toBeInstanceOf(NotFound);
    await expect(setSuspended(kenyan, victim.id, false)).rejects.toBeInstanceOf(NotFound);
    // The username and the address can be taken again.
    await db.owner.user.create({
      data: {
        tenantId: kenya,
        username: "ke.officer05",
        email: victim.email,
        passwordHash: "x",
        firstName: "New",
        lastName: "Officer",
      },
    });

    const [event] = await db.owner.auditEvent.findMany({ where: { action: "team.user.delete", targetId: victim.id } });
    expect(event).toMatchObject({
      tenantId: kenya,
      actorId: kenyan.id,
      targetType: "User",
      before: { status: "ACTIVE" },
      after: { status: "DELETED" },
    });
    const logged = JSON.stringify([event.before, event.after]);
    for (const personal of ["Officer05", "Kamau", "ke.officer05", victim.email, "argon2"])
      expect(logged).not.toContain(personal);
  });

  it("refuses sign-in to any account that is not active, even with the right password", async () => {
    await db.owner.user.update({ where: { username: "ke.officer06" }, data: { status: "DELETED" } });
    expect(await signIn("ke.officer06")).toEqual({ ok: false, refusal: "invalid" });
    await db.owner.user.update({ where: { username: "ke.officer06" }, data: { status: "ACTIVE" } });
    expect(await signIn("ke.officer06")).toMatchObject({ ok: true });
  });
});

describe("the administration's audit log", () => {
  it("shows coordinators their administration's events and WCO admins every event, newest first", async () => {
    const kenya = await listTeamAudit(await manager("ke.coordinator"), 1);
    expect(kenya.events.length).toBeGreaterThan(0);
    expect(kenya.events.every((e) => e.administration === "Kenya")).toBe(true);
    expect(kenya.events.map((e) => e.action)).toEqual(
      expect.arrayContaining(["team.user.update", "team.user.suspend", "team.user.reactivate", "team.user.delete"]),
    );
    const times = kenya.events.map((e) => e.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const belgium = await listTeamAudit(await manager("be.coordinator"), 1);
    expect(belgium.events.map((e) => [e.administration, e.action])).toEqual([
      ["Belgium", "team.user.reactivate"],
      ["Belgium", "team.user.suspend"],
    ]);
    const all = await listTeamAudit(await manager("wco.admin"), 1);
    expect(all.total).toBe(kenya.total + belgium.total);
    expect(all.platform).toBe(true);
  });
});

describe("NC - Users Report", () => {
  it("lists each user's courses with organisations, status and completion date, 50 rows a page", async () => {
    const kenyan = await manager("ke.coordinator");
    const report = await usersReport(kenyan, ALL_USERS, 1);
    // Amina's 4, two each for 30 officers, less the deleted one's 2 (and the new ke.officer05 has none).
    const expected = 4 + 2 * (EXTRA_KENYANS - 1);
    expect(report).toMatchObject({ total: expected, page: 1, pageCount: 2, platform: false });
    expect(report.rows).toHaveLength(50);
    expect((await usersReport(kenyan, ALL_USERS, 2)).rows).toHaveLength(expected - 50);
    const amina = (await usersReport(kenyan, { ...ALL_USERS, q: "wanjiru" }, 1)).rows;
    const cells = amina.map((r) => [
      r.course,
      r.organisation,
      r.completionOrganisation,
      r.position,
      r.status,
      r.completedAt?.toISOString().slice(0, 10) ?? null,
    ]);
    expect(cells).toHaveLength(4);
    expect(cells).toEqual(
      expect.arrayContaining([
        [
          "Introduction to the Harmonized System",
          "Kenya Revenue Authority",
          "World Customs Organization",
          "Customs Officer",
          "COMPLETED",
          "2026-03-10",
        ],
        [
          "iCMS: lodging and processing declarations",
          "Kenya Revenue Authority",
          "Kenya Revenue Authority",
          "Customs Officer",
          "COMPLETED",
          "2026-04-20",
        ],
      ]),
    );
    expect(cells.filter((c) => c[4] === "IN_PROGRESS").map((c) => [c[2], c[5]])).toEqual([
      ["World Customs Organization", null],
    ]);
    expect(report.rows.some((r) => r.firstName === "—")).toBe(false);
  });

  it("filters by last login, completion and name, from the URL", async () => {
    const kenyan = await manager("ke.coordinator");
    const total = async (params: Record<string, string>) =>
      (await usersReport(kenyan, parseUsersReportFilters(params), 1)).total;
    // Amina: 3 complete, 1 not; officers (the deleted ke.officer05 left out): HS-101 complete for odd numbers,
    // in progress for even ones, RKC-101 in progress for all.
    expect(await total({ complete: "yes" })).toBe(3 + 14);
    expect(await total({ complete: "no" })).toBe(1 + 15 + 29);
    expect(await total({ q: "wanjiru" })).toBe(4);
    expect(await total({ q: "wanjiru", complete: "no" })).toBe(1);
    await db.owner.user.update({ where: { username: "ke.learner" }, data: { lastLoginAt: day("2026-07-01") } });
    await db.owner.user.updateMany({
      where: { tenant: { slug: "ke" }, username: { not: "ke.learner" }, status: { not: "DELETED" } },
      data: { lastLoginAt: day("2026-01-01") },
    });
    expect(await total({ loginAfter: "2026-01-01" })).toBe(await total({}));
    expect(await total({ loginAfter: "2026-06-30" })).toBe(4);
    expect(await total({ loginAfter: "2026-07-02" })).toBe(0);
    expect(await total({ loginAfter: "not a date", complete: "maybe" })).toBe(await total({}));
  });

  it("applies the guide's date filters to last login and completion date, combined with each other and the rest", async () => {
    const kenyan = await manager("ke.coordinator");
    const now = new Date("2026-07-02T15:00:00Z");
    const total = async (params: Record<string, string>) =>
      (await usersReport(kenyan, parseUsersReportFilters(params, now), 1)).total;
    // As the test before left them: Amina (4 rows) signed in on 2026-07-01, the officers (56 rows) on
    // 2026-01-01; officer01 (2 rows) never, for this test.
    await db.owner.user.update({ where: { username: "ke.officer01" }, data: { lastLoginAt: null } });
    const everyone = await total({});
    // "is before" leaves out the day itself; a user who never signed in matches no bounded period.
    expect(await total({ loginBefore: "2026-07-01" })).toBe(56);
    expect(await total({ loginBefore: "2026-07-02" })).toBe(60);
    expect(await total({ loginAfter: "2026-01-02", loginBefore: "2026-07-02" })).toBe(4);
    // Between the start of today (the 2nd) and N days before: 1 day reaches the 1st, 182 days New Year's Day.
    expect(await total({ loginDaysBefore: "1" })).toBe(4);
    expect(await total({ loginDaysBefore: "0" })).toBe(0);
    expect(await total({ loginDaysBefore: "181" })).toBe(4);
    expect(await total({ loginDaysBefore: "182" })).toBe(60);
    expect(await total({ loginDaysAfter: "30" })).toBe(0);
    // Completions: Amina on 03-10, 04-20 and 05-05; 14 officers on 06-01 (odd numbers but the deleted 05).
    expect(await total({ completedAfter: "2026-04-20" })).toBe(2 + 14);
    expect(await total({ completedBefore: "2026-04-21" })).toBe(2);
    expect(await total({ completedAfter: "2026-04-01", completedBefore: "2026-05-06" })).toBe(2);
    expect(await total({ completedDaysBefore: "40" })).toBe(14);
    // Combined with the login filter and the name search.
    expect(await total({ completedDaysBefore: "200", loginDaysBefore: "1" })).toBe(3);
    // (officer03, completed, was renamed Grace Njeri by the editing test.)
    expect(await total({ completedAfter: "2026-01-01", q: "kamau" })).toBe(13);
    expect(await total({ completedAfter: "2026-01-01", q: "njeri" })).toBe(1);
    expect(await total({ completedAfter: "2026-01-01", q: "wanjiru", complete: "no" })).toBe(0);
    // Malformed or out-of-range values are ignored, not turned into an empty report.
    expect(await total({ loginDaysBefore: "-3", completedAfter: "2026-02-30", loginDaysAfter: "99999" })).toBe(
      everyone,
    );
    // The export reads the same filters.
    const exported = await usersReportExport(
      kenyan,
      parseUsersReportFilters({ completedAfter: "2026-04-01", completedBefore: "2026-05-06" }, now),
      1000,
    );
    expect(exported.rows.map((r) => r.completedAt?.toISOString().slice(0, 10)).sort()).toEqual([
      "2026-04-20",
      "2026-05-05",
    ]);
    await db.owner.user.update({ where: { username: "ke.officer01" }, data: { lastLoginAt: day("2026-01-01") } });
  });

  it("shows WCO admins every administration with a Country column, narrowed by country", async () => {
    const admin = await manager("wco.admin");
    const report = await usersReport(admin, ALL_USERS, 1);
    expect(report.platform).toBe(true);
    expect(report.rows.map((r) => r.country)).toEqual(expect.arrayContaining(["Kenya", "Belgium"]));
    const belgium = await usersReport(admin, { ...ALL_USERS, country: "BE" }, 1);
    expect(belgium.rows.map((r) => [r.country, r.firstName, r.completionOrganisation])).toEqual([
      ["Belgium", "Lucie", "World Customs Organization"],
    ]);
    expect(visibleUsersColumns([], true)[0]).toBe("country");
    expect(visibleUsersColumns([], false)).not.toContain("country");
  });

  it("exports the chosen columns as CSV, Excel and PDF", async () => {
    const kenyan = await manager("ke.coordinator");
    const { rows, total } = await usersReportExport(kenyan, { ...ALL_USERS, q: "wanjiru" }, 1000);
    expect(total).toBe(4);
    const header = {
      country: "Country",
      fullName: "Full name",
      course: "Course",
      organisation: "User's organisation",
      completionOrganisation: "Completion organisation",
      position: "Position",
      status: "Status",
      completedAt: "Completion date",
    };
    const columns = visibleUsersColumns(
      ["fullName", "course", "completionOrganisation", "status", "completedAt", "bogus"],
      false,
    );
    const table = usersReportTable(rows, columns, {
      title: "NC - Users Report",
      header,
      status: (s) => (s === "COMPLETED" ? "Complete" : "Not complete"),
    });
    const lines = toCsv(table).slice(1).trim().split("\r\n");
    expect(lines[0]).toBe("Full name,Course,Completion organisation,Status,Completion date");
    expect(lines).toContain(
      "Amina Wanjiru,Introduction to the Harmonized System,World Customs Organization,Complete,2026-03-10",
    );
    expect(lines).toContain(
      "Amina Wanjiru,iCMS: lodging and processing declarations,Kenya Revenue Authority,Complete,2026-04-20",
    );
    expect(lines.filter((l) => l.endsWith("Not complete,"))).toHaveLength(1);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await toXlsx(table)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe("NC - Users Report");
    const values = sheet
      .getSheetValues()
      .filter(Boolean)
      .map((row) => (row as unknown[]).slice(1));
    expect(values[0]).toEqual(["Full name", "Course", "Completion organisation", "Status", "Completion date"]);
    expect(values).toHaveLength(5);
    const hs = values.find((v) => v[1] === "Introduction to the Harmonized System")!;
    expect(hs.slice(0, 4)).toEqual([
      "Amina Wanjiru",
      "Introduction to the Harmonized System",
      "World Customs Organization",
      "Complete",
    ]);
    expect((hs[4] as Date).toISOString().slice(0, 10)).toBe("2026-03-10");

    const pdf = await toPdf(table, {
      locale: "en",
      subtitle: "David Otieno · 4 rows",
      pageLabel: "Page {page} of {pages}",
    });
    const text = pdfText(pdf).replace(/\s+/g, " ");
    for (const expected of [
      "NC - Users Report",
      "David Otieno · 4 rows",
      "Amina Wanjiru",
      "World Customs Organization",
      "Kenya Revenue Authority",
      "Page 1 of 1",
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain("Customs Officer");
  });
});

describe("NC - Course Report", () => {
  it("lists who took which course, with completion date, grade and last login, filtered by course name, dates and grade", async () => {
    const kenyan = await manager("ke.coordinator");
    const all = await courseReport(kenyan, parseCourseReportFilters({}), 1);
    // Every Kenyan enrolment, the deleted officer's two included (anonymously).
    expect(all.total).toBe(4 + 2 * EXTRA_KENYANS);
    expect(all.rows).toHaveLength(50);
    const icms = await courseReport(kenyan, parseCourseReportFilters({ course: "icms" }), 1);
    expect(icms.rows).toEqual([
      {
        course: "iCMS: lodging and processing declarations",
        courseCode: "KE-ICMS",
        country: "Kenya",
        firstName: "Amina",
        lastName: "Wanjiru",
        deleted: false,
        completedAt: day("2026-04-20"),
        grade: null,
        dueAt: null,
        overdue: false,
        lastLoginAt: day("2026-07-01"),
      },
    ]);
    const hs = await courseReport(kenyan, parseCourseReportFilters({ course: "harmonized" }), 1);
    expect(hs.total).toBe(1 + EXTRA_KENYANS);
    expect(hs.rows.filter((r) => r.deleted)).toHaveLength(1);
    // Deleted users come after the named ones of the same course.
    expect(hs.rows.at(-1)!.deleted).toBe(true);
    const total = async (params: Record<string, string>) =>
      (await courseReport(kenyan, parseCourseReportFilters(params), 1)).total;
    expect(await total({ completedFrom: "2026-03-10", completedTo: "2026-04-20" })).toBe(2);
    expect(await total({ completedFrom: "2026-03-11", completedTo: "2026-04-19" })).toBe(0);
    expect(await total({ completedFrom: "2026-06-01" })).toBe(15);
    expect(await total({ course: "harmonized", completedTo: "2026-05-31" })).toBe(1);
    expect(await total({ course: "%" })).toBe(0);
    // Grades at completion, and the minimum grade filter.
    const amina = await db.owner.user.findUniqueOrThrow({ where: { username: "ke.learner" } });
    await db.owner.enrolment.updateMany({
      where: { userId: amina.id, course: { code: "KE-ICMS" } },
      data: { grade: 85 },
    });
    expect((await courseReport(kenyan, parseCourseReportFilters({ course: "icms" }), 1)).rows[0].grade).toBe(85);
    expect(await total({ minGrade: "80" })).toBe(1);
    expect(await total({ minGrade: "90" })).toBe(0);
  });

  it("reads course titles in the manager's language and shows WCO admins the country", async () => {
    const french = await courseReport(
      await manager("ke.coordinator", "fr"),
      parseCourseReportFilters({ course: "système harmonisé" }),
      1,
    );
    expect(french.total).toBe(1 + EXTRA_KENYANS);
    expect(french.rows[0].course).toBe("Introduction au Système harmonisé");
    const admin = await manager("wco.admin");
    const valuation = await courseReport(admin, parseCourseReportFilters({ course: "VAL-101" }), 1);
    expect(valuation.rows.map((r) => [r.country, r.firstName]).sort()).toEqual([
      ["Belgium", "Lucie"],
      ["Kenya", "Amina"],
    ]);
    expect(
      (await courseReport(admin, parseCourseReportFilters({ course: "VAL-101", country: "KE" }), 1)).rows.map(
        (r) => r.country,
      ),
    ).toEqual(["Kenya"]);
  });

  it("exports CSV, Excel and PDF with the deleted user anonymous and the grade empty", async () => {
    const admin = await manager("wco.admin");
    const { rows, platform } = await courseReportExport(
      admin,
      parseCourseReportFilters({ course: "harmonized", country: "KE" }),
      1000,
    );
    const header = {
      country: "Country",
      course: "Course",
      user: "User",
      completedAt: "Date completed",
      grade: "Grade",
      dueAt: "Due date",
      overdue: "Overdue",
      lastLogin: "Last login",
    };
    const table = courseReportTable(rows, platform, {
      title: "NC - Course Report",
      header,
      deletedUser: "Deleted user",
      overdue: "Overdue",
    });
    const lines = toCsv(table).slice(1).trim().split("\r\n");
    expect(lines[0]).toBe("Country,Course,User,Date completed,Grade,Due date,Overdue,Last login");
    expect(lines).toContain("Kenya,Introduction to the Harmonized System,Amina Wanjiru,2026-03-10,,,,2026-07-01");
    expect(
      lines.filter((line) => line.startsWith("Kenya,Introduction to the Harmonized System,Deleted user,2026-06-01,,")),
    ).toHaveLength(1);
    expect(lines.join("\n")).not.toContain("—");

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await toXlsx(table)) as unknown as ArrayBuffer);
    const values = workbook.worksheets[0]
      .getSheetValues()
      .filter(Boolean)
      .map((row) => (row as unknown[]).slice(1));
    expect(values).toHaveLength(1 + 1 + EXTRA_KENYANS);
    expect(values.map((v) => v[2])).toContain("Deleted user");

    const pdf = await toPdf(table, { locale: "fr", subtitle: "Hélène Martin", pageLabel: "Page {page} sur {pages}" });
    const text = pdfText(pdf).replace(/\s+/g, " ");
    for (const expected of [
      "NC - Course Report",
      "Hélène Martin",
      "Amina Wanjiru",
      "Deleted user",
      "Kenya",
      "Page 1 sur",
    ])
      expect(text).toContain(expected);
  });
});

describe("an administration of 5,000 users", () => {
  it("pages the team list and both reports in SQL and answers quickly", async () => {
    const kenya = await tenantId("ke");
    const { passwordHash } = await db.owner.user.findUniqueOrThrow({ where: { username: "ke.learner" } });
    const USERS = 5000;
    await db.owner.user.createMany({
      data: Array.from({ length: USERS }, (_, i) => ({
        tenantId: kenya,
        username: `ke.bulk${i}`,
        email: `ke.bulk${i}@example.test`,
        passwordHash,
        firstName: `Bulk${i}`,
        lastName: `Officer${String(i % 500).padStart(3, "0")}`,
      })),
    });
    const bulk = await db.owner.user.findMany({ where: { username: { startsWith: "ke.bulk" } }, select: { id: true } });
    const courses = await db.owner.course.findMany({
      where: { isCore: true, type: "ELEARNING" },
      take: 5,
      select: { id: true },
    });
    await db.owner.enrolment.createMany({
      data: bulk.flatMap((user, i) =>
        courses.map((course, j) => ({
          tenantId: kenya,
          userId: user.id,
          courseId: course.id,
          status: (i + j) % 3 === 0 ? ("COMPLETED" as const) : ("IN_PROGRESS" as const),
          completedAt: (i + j) % 3 === 0 ? day("2026-08-01") : null,
        })),
      ),
    });
    const kenyan = await manager("ke.coordinator");
    const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
      const start = performance.now();
      const result = await work();
      return [result, performance.now() - start];
    };
    // Warm-up (connections, plans).
    await listTeam(kenyan, { q: "" });

    const [team, teamMs] = await timed(() => listTeam(kenyan, { q: "", page: 150 }));
    expect(team.total).toBeGreaterThan(USERS);
    expect(team.members).toHaveLength(TEAM_PAGE_SIZE);
    const [search, searchMs] = await timed(() => listTeam(kenyan, { q: "officer042 bulk" }));
    expect(search.total).toBe(10);
    const [users, usersMs] = await timed(() => usersReport(kenyan, { ...ALL_USERS, complete: true }, 100));
    expect(users.rows).toHaveLength(50);
    const [lastPage, lastPageMs] = await timed(() => usersReport(kenyan, ALL_USERS, 10_000));
    expect(lastPage.page).toBe(lastPage.pageCount);
    const [course, courseMs] = await timed(() =>
      courseReport(kenyan, parseCourseReportFilters({ completedFrom: "2026-08-01" }), 50),
    );
    expect(course.total).toBe(bulk.flatMap((_, i) => courses.filter((__, j) => (i + j) % 3 === 0)).length);
    expect(course.rows).toHaveLength(50);
    // Generous bounds for a shared test machine; a full load into memory or a query per row would exceed them.
    for (const ms of [teamMs, searchMs, usersMs, lastPageMs, courseMs]) expect(ms).toBeLessThan(1500);
  }, 120_000);
});
