import { loadViewer } from "@/lib/auth/load-viewer";
import { authorOn } from "@/lib/authoring/author";
import { Conflict, Invalid, NotFound } from "@/lib/errors";
import { countUnreadAlerts, listAlerts } from "@/lib/notifications/list-alerts";
import { markAlertsRead } from "@/lib/notifications/mark-alerts-read";
import { FOOTER_SEPARATOR } from "@/lib/notifications/render-email";
import { listApplications } from "@/lib/team/list-applications";
import { getTeamMember } from "@/lib/team/get-team-member";
import { managerOn } from "@/lib/team/manager-on";
import { applyToSession } from "@/lib/workshops/apply-to-session";
import { sessionsForAuthor } from "@/lib/workshops/author-sessions";
import { candidateOf } from "@/lib/workshops/candidate";
import { decideSelection } from "@/lib/workshops/decide-selection";
import { decideWorkshopApplication } from "@/lib/workshops/decide-workshop-application";
import { deleteSession } from "@/lib/workshops/delete-session";
import { getMyApplication } from "@/lib/workshops/get-my-application";
import { listCourseSessions } from "@/lib/workshops/list-course-sessions";
import { getSelectionSession } from "@/lib/workshops/get-selection-session";
import { listSelectionSessions } from "@/lib/workshops/list-selection-sessions";
import { listUpcomingEvents } from "@/lib/workshops/list-upcoming-events";
import { saveSession } from "@/lib/workshops/save-session";
import { saveWorkshopForm } from "@/lib/workshops/save-workshop-form";
import { selectorOn } from "@/lib/workshops/selector";
import { sendWorkshopReminders } from "@/lib/workshops/send-workshop-reminders";
import { submitWorkshopInformation } from "@/lib/workshops/submit-workshop-information";
import { withdrawApplication } from "@/lib/workshops/withdraw-application";
import { toZonedInput } from "@/lib/i18n/zoned-time";
import { anonymousScope, scopeOfUser } from "../helpers/scopes";
import { siteFor } from "../helpers/sites";
import { setUpTestDatabase } from "../helpers/test-database";
import { managerOf } from "../helpers/managers";

const db = setUpTestDatabase();
const DAY = 24 * 60 * 60 * 1000;

async function viewerOn(username: string, host: string) {
  const user = await db.owner.user.findUniqueOrThrow({ where: { username } });
  const site = await siteFor(host);
  return { site, viewer: await loadViewer(user.id, user.sessionVersion, site) };
}

async function authorFor(username: string, host: string) {
  const { site, viewer } = await viewerOn(username, host);
  return authorOn(site, viewer);
}

async function selectorFor(username: string, host: string) {
  const { site, viewer } = await viewerOn(username, host);
  return selectorOn(site, viewer);
}

const manager = (username: string) => managerOf(db.owner, username);

/** An officer applying from their own site (their administration's space, or the root site). */
async function officer(username: string, site?: string) {
  const scope = await scopeOfUser(db.owner, username, site);
  const applicant = { id: scope.userId, homeTenantId: scope.homeTenantId, homeTenantKind: "ADMINISTRATION" as const };
  return { scope, applicant, candidate: candidateOf(applicant) };
}

async function course(code: string) {
  return db.owner.course.findFirstOrThrow({ where: { code } });
}

const inDays = (days: number, zone = "Africa/Nairobi") => toZonedInput(new Date(Date.now() + days * DAY), zone);

/** A new session of a core workshop, written by the WCO as an author would. */
async function newSession(code: string, overrides: Record<string, string> = {}) {
  const wco = await authorFor("wco.admin", "root");
  const workshop = await course(code);
  const id = await saveSession(wco, workshop.id, null, {
    timeZone: "Africa/Nairobi",
    startsAt: inDays(30),
    endsAt: inDays(32),
    place: "Mombasa",
    onlineUrl: "",
    capacity: "2",
    applicationsCloseAt: "",
    ...overrides,
  });
  return { id, courseId: workshop.id };
}

const FORM = [
  { id: "position", kind: "text" as const, required: true, label: { en: "Your position", fr: "Votre poste" } },
  { id: "visa", kind: "yesno" as const, required: true, label: { en: "Do you need a visa?" } },
  { id: "notes", kind: "textarea" as const, required: false, label: { en: "Anything else" } },
];
const ANSWERS = { position: "Port control unit", visa: "no" };

/** Applies, is accepted by whoever decides for the administration, and gives the information. */
async function readyCandidate(username: string, sessionId: string, decider: string, site?: string) {
  const { scope, applicant, candidate } = await officer(username, site);
  const applicationId = await applyToSession(scope, applicant, sessionId);
  await decideWorkshopApplication(await manager(decider), applicationId, true);
  await submitWorkshopInformation(candidate, applicationId, ANSWERS);
  return { applicationId, candidate };
}

const statusOf = async (id: string) => (await db.owner.workshopApplication.findUniqueOrThrow({ where: { id } })).status;
const alertsOf = async (username: string) =>
  db.owner.alert.findMany({ where: { user: { username } }, orderBy: { createdAt: "asc" } });

describe("workshop sessions and their information form, for authors", () => {
  it("are entered on the session's own clock and stored in UTC, with every rule checked, and audited", async () => {
    const wco = await authorFor("wco.admin", "root");
    const workshop = await course("WS-GLOBAL-ECOM");
    const valid = {
      timeZone: "Europe/Brussels",
      startsAt: "2027-07-01T09:00",
      endsAt: "2027-07-01T12:30",
      place: "",
      onlineUrl: "https://meet.example.org/ecom",
      capacity: "40",
      applicationsCloseAt: "2027-06-20T18:00",
    };
    const id = await saveSession(wco, workshop.id, null, valid);
    const stored = await db.owner.workshopSession.findUniqueOrThrow({ where: { id } });
    // Brussels is two hours ahead of UTC in July.
    expect(stored).toMatchObject({
      startsAt: new Date("2027-07-01T07:00:00Z"),
      endsAt: new Date("2027-07-01T10:30:00Z"),
      applicationsCloseAt: new Date("2027-06-20T16:00:00Z"),
      isCore: true,
      audience: "PUBLIC",
      capacity: 40,
      place: null,
    });

    const refused = async (input: Record<string, string>) =>
      saveSession(wco, workshop.id, null, { ...valid, ...input }).catch((error) => error);
    expect(await refused({ timeZone: "Mars/Olympus" })).toEqual(new Invalid({ timeZone: "timeZoneUnknown" }));
    expect(await refused({ onlineUrl: "http://meet.example.org/ecom" })).toEqual(
      new Invalid({ onlineUrl: "httpsLink" }),
    );
    expect(await refused({ capacity: "0" })).toEqual(new Invalid({ capacity: "capacityFormat" }));
    expect(await refused({ endsAt: "2027-07-01T08:00" })).toEqual(new Invalid({ endsAt: "endsBeforeStart" }));
    expect(await refused({ applicationsCloseAt: "2027-07-02T08:00" })).toEqual(
      new Invalid({ applicationsCloseAt: "closesAfterStart" }),
    );
    expect(await refused({ onlineUrl: "", place: "" })).toEqual(new Invalid({ place: "placeOrLink" }));
    expect(await refused({ startsAt: "2027-02-30T09:00" })).toEqual(new Invalid({ startsAt: "dateTimeFormat" }));
    // Every refused field at once, so the author corrects them in one go.
    expect(
      (await refused({ onlineUrl: "http://meet.example.org/ecom", endsAt: "2027-07-01T08:00", capacity: "" })).fields,
    ).toEqual({ onlineUrl: "httpsLink", endsAt: "endsBeforeStart", capacity: "capacityFormat" });

    await saveSession(wco, workshop.id, id, { ...valid, capacity: "50", place: "WCO headquarters" });
    expect(await db.owner.workshopSession.findUniqueOrThrow({ where: { id } })).toMatchObject({
      capacity: 50,
      place: "WCO headquarters",
    });
    const actions = (
      await db.owner.auditEvent.findMany({ where: { targetId: id }, orderBy: { createdAt: "asc" } })
    ).map((e) => e.action);
    expect(actions).toEqual(["workshop.session.create", "workshop.session.update"]);
    expect((await sessionsForAuthor(wco, workshop.id)).sessions.map((s) => s.id)).toContain(id);
  });

  it("belong to the course's authors only, and only to workshop courses", async () => {
    const workshop = await course("WS-GLOBAL-ECOM");
    const elearning = await course("HS-101");
    const wco = await authorFor("wco.admin", "root");
    const input = {
      timeZone: "UTC",
      startsAt: inDays(10, "UTC"),
      endsAt: inDays(11, "UTC"),
      place: "Online",
      onlineUrl: "",
      capacity: "5",
      applicationsCloseAt: "",
    };
    await expect(saveSession(wco, elearning.id, null, input)).rejects.toBeInstanceOf(NotFound);
    // Kenya's tenant admin authors Kenya's courses, never the WCO's.
    const kenyan = await authorFor("ke.coordinator", "ke");
    await expect(saveSession(kenyan, workshop.id, null, input)).rejects.toBeInstanceOf(NotFound);
    await expect(saveWorkshopForm(kenyan, workshop.id, FORM)).rejects.toBeInstanceOf(NotFound);
    const own = await course("KE-OSBP");
    const ownSession = await saveSession(kenyan, own.id, null, input);
    await expect(deleteSession(wco, own.id, ownSession)).rejects.toBeInstanceOf(NotFound);
    for (const [username, host] of [
      ["ke.learner", "ke"],
      ["academy.buyer", "academy"],
      ["be.coordinator", "ke"],
    ]) {
      await expect(authorFor(username, host)).rejects.toBeInstanceOf(NotFound);
    }
    expect(
      await db.owner.workshopSession.count({
        where: { courseId: { in: [workshop.id, elearning.id] }, startsAt: { lt: new Date(Date.now() + 20 * DAY) } },
      }),
    ).toBe(0);
  });

  it("take an information form with a label per language, checked", async () => {
    const wco = await authorFor("wco.admin", "root");
    const workshop = await course("WS-MENA-AEO");
    await saveWorkshopForm(wco, workshop.id, FORM);
    expect((await sessionsForAuthor(wco, workshop.id)).form).toEqual(FORM);
    await expect(saveWorkshopForm(wco, workshop.id, [{ ...FORM[0], label: { en: " " } }])).rejects.toEqual(
      new Invalid({ "field.0.label": "labelRequired" }),
    );
    await expect(saveWorkshopForm(wco, workshop.id, [FORM[0], FORM[0]])).rejects.toBeInstanceOf(Invalid);
    expect(
      (await db.owner.auditEvent.findFirstOrThrow({ where: { targetId: workshop.id, action: "workshop.form.update" } }))
        .after,
    ).toMatchObject({ fields: FORM });
  });
});

describe("applying to a session", () => {
  it("is for officers, once per session, while applications are open, on courses they can see", async () => {
    const { id: sessionId, courseId } = await newSession("ENF-CCP");
    const kenyan = await officer("ke.learner", "ke");
    const applicationId = await applyToSession(kenyan.scope, kenyan.applicant, sessionId);
    expect(await statusOf(applicationId)).toBe("PENDING");
    await expect(applyToSession(kenyan.scope, kenyan.applicant, sessionId)).rejects.toEqual(
      new Invalid({ application: "alreadyApplied" }),
    );
    const [listed] = (await listCourseSessions(kenyan.scope, kenyan.applicant.id, courseId)).filter(
      (s) => s.id === sessionId,
    );
    expect(listed).toMatchObject({ open: true, capacity: 2, application: { id: applicationId, status: "PENDING" } });

    // Closed for applications, or already started.
    const closed = await newSession("ENF-CCP", { applicationsCloseAt: inDays(-1) });
    await expect(applyToSession(kenyan.scope, kenyan.applicant, closed.id)).rejects.toEqual(
      new Invalid({ application: "applicationsClosed" }),
    );
    await expect(
      applyToSession(kenyan.scope, kenyan.applicant, sessionId, new Date(Date.now() + 31 * DAY)),
    ).rejects.toEqual(new Invalid({ application: "applicationsClosed" }));

    // A workshop for another region is not in a Kenyan officer's catalogue.
    const westAfrican = await db.owner.workshopSession.findFirstOrThrow({ where: { course: { code: "WS-WCA-VAL" } } });
    await expect(applyToSession(kenyan.scope, kenyan.applicant, westAfrican.id)).rejects.toBeInstanceOf(NotFound);
    // A customs-only workshop is unreachable for the Academy's customers; anonymous visitors cannot apply.
    const buyer = await scopeOfUser(db.owner, "academy.buyer", "academy");
    await expect(
      applyToSession(
        buyer,
        { id: buyer.userId, homeTenantId: buyer.homeTenantId, homeTenantKind: "ACADEMY" },
        sessionId,
      ),
    ).rejects.toBeInstanceOf(NotFound);
    await expect(
      applyToSession(
        { ...buyer, ctx: { ...buyer.ctx, audience: "CUSTOMS" } },
        { id: buyer.userId, homeTenantId: buyer.homeTenantId, homeTenantKind: "ADMINISTRATION" },
        sessionId,
      ),
    ).rejects.toBeInstanceOf(NotFound);
    expect(await listCourseSessions(buyer, buyer.userId, courseId)).toEqual([]);
    const anonymous = await anonymousScope(db.owner, "ke");
    await expect(applyToSession(anonymous, kenyan.applicant, sessionId)).rejects.toBeInstanceOf(NotFound);
    expect(
      await db.owner.workshopApplication.count({
        where: { sessionId: { in: [sessionId, closed.id, westAfrican.id] } },
      }),
    ).toBe(1);
  });

  it("tells the administration's coordinator, or the WCO Secretariat where there is none", async () => {
    const { id: sessionId } = await newSession("ENF-CCP");
    const kenyan = await officer("ke.learner", "ke");
    await applyToSession(kenyan.scope, kenyan.applicant, sessionId);
    const alert = (await alertsOf("ke.coordinator")).at(-1)!;
    expect(alert).toMatchObject({
      kind: "workshopApplication",
      href: "/team/applications",
      params: expect.objectContaining({
        applicant: "Amina Wanjiru",
        course: "Container Control Programme: port control unit training",
      }),
    });
    const email = await db.owner.emailMessage.findFirstOrThrow({
      where: { toAddress: "ke.coordinator@demo.clikc.test", template: "workshopApplication" },
      orderBy: { createdAt: "desc" },
    });
    expect(email.text).toContain("Amina Wanjiru");
    expect(email.text).toContain("http://ke.localhost");

    const indian = await officer("in.learner");
    await applyToSession(indian.scope, indian.applicant, sessionId);
    expect((await alertsOf("wco.admin")).at(-1)).toMatchObject({
      kind: "workshopApplication",
      params: expect.objectContaining({ applicant: "Priya Sharma" }),
    });

    // Once decided, the alert that asked for the decision is done (and read), whoever decided.
    const kenyanApplication = await db.owner.workshopApplication.findFirstOrThrow({
      where: { sessionId, user: { username: "ke.learner" } },
    });
    expect(alert).toMatchObject({ actionKey: `WorkshopApplication:${kenyanApplication.id}`, doneAt: null });
    await decideWorkshopApplication(await manager("ke.coordinator"), kenyanApplication.id, false);
    expect(await db.owner.alert.findUniqueOrThrow({ where: { id: alert.id } })).toMatchObject({
      doneAt: expect.any(Date),
      readAt: expect.any(Date),
    });
    const indianAlert = (await alertsOf("wco.admin")).at(-1)!;
    expect(indianAlert.doneAt).toBeNull();
  });
});

describe("the coordinator's decision", () => {
  it("is on the Applications page; a denial is final for the session; the candidate is told", async () => {
    const { id: sessionId } = await newSession("ENF-CCP");
    const kenyan = await officer("ke.learner", "ke");
    const applicationId = await applyToSession(kenyan.scope, kenyan.applicant, sessionId);
    const coordinator = await manager("ke.coordinator");
    const row = (await listApplications(coordinator, 1)).applications.find((a) => a.id === applicationId)!;
    expect(row).toMatchObject({
      type: "WORKSHOP",
      requester: "Amina Wanjiru",
      status: "PENDING",
      decidable: true,
      course: "Container Control Programme: port control unit training",
    });
    expect(row.session).toContain("(Africa/Nairobi)");

    // Another administration's coordinator, a learner and a buyer cannot decide; nothing changes.
    await expect(
      decideWorkshopApplication(await manager("be.coordinator"), applicationId, true),
    ).rejects.toBeInstanceOf(NotFound);
    await expect(decideWorkshopApplication(await manager("ke.learner"), applicationId, true)).rejects.toBeInstanceOf(
      NotFound,
    );
    await expect(decideWorkshopApplication(await manager("academy.buyer"), applicationId, true)).rejects.toBeInstanceOf(
      NotFound,
    );
    // Anonymous visitors have no manager at all.
    const kenyaSite = await siteFor("ke");
    expect(() => managerOn(kenyaSite, null, "en")).toThrow(NotFound);
    expect(
      (await listApplications(await manager("be.coordinator"), 1)).applications.some((a) => a.id === applicationId),
    ).toBe(false);
    expect(await statusOf(applicationId)).toBe("PENDING");

    await decideWorkshopApplication(coordinator, applicationId, false, "Reserved for port officers this year.");
    expect(await db.owner.workshopApplication.findUniqueOrThrow({ where: { id: applicationId } })).toMatchObject({
      status: "DENIED",
      coordinatorReason: "Reserved for port officers this year.",
    });
    await expect(decideWorkshopApplication(coordinator, applicationId, true)).rejects.toEqual(
      new Invalid({ request: "alreadyDecided" }),
    );
    await expect(applyToSession(kenyan.scope, kenyan.applicant, sessionId)).rejects.toEqual(
      new Invalid({ application: "alreadyApplied" }),
    );
    await expect(submitWorkshopInformation(kenyan.candidate, applicationId, ANSWERS)).rejects.toEqual(
      new Invalid({ form: "informationClosed" }),
    );
    expect((await alertsOf("ke.learner")).at(-1)).toMatchObject({
      kind: "workshopDenied",
      href: `/workshops/applications/${applicationId}`,
    });
    expect((await db.owner.auditEvent.findFirstOrThrow({ where: { targetId: applicationId } })).action).toBe(
      "workshop.application.deny",
    );

    // The WCO Secretariat decides for an administration without a coordinator.
    const indian = await officer("in.learner");
    const indianApplication = await applyToSession(indian.scope, indian.applicant, sessionId);
    await decideWorkshopApplication(await manager("wco.admin"), indianApplication, true);
    expect(await statusOf(indianApplication)).toBe("ACCEPTED");
    expect((await alertsOf("in.learner")).at(-1)).toMatchObject({ kind: "workshopAccepted" });
    const email = await db.owner.emailMessage.findFirstOrThrow({
      where: { toAddress: "in.learner@demo.clikc.test", template: "workshopAccepted" },
    });
    expect(email.text).toContain(`/workshops/applications/${indianApplication}`);
  });
});

describe("the information form", () => {
  it("checks required fields, keeps the application as it was when refused, and submits", async () => {
    const wco = await authorFor("wco.admin", "root");
    await saveWorkshopForm(wco, (await course("ENF-CCP")).id, FORM);
    const { id: sessionId } = await newSession("ENF-CCP");
    const kenyan = await officer("ke.learner", "ke");
    const applicationId = await applyToSession(kenyan.scope, kenyan.applicant, sessionId);
    await expect(submitWorkshopInformation(kenyan.candidate, applicationId, ANSWERS)).rejects.toEqual(
      new Invalid({ form: "informationClosed" }),
    );
    await decideWorkshopApplication(await manager("ke.coordinator"), applicationId, true);

    await expect(
      submitWorkshopInformation(kenyan.candidate, applicationId, { position: " ", visa: "maybe" }),
    ).rejects.toEqual(new Invalid({ position: "required", visa: "required" }));
    await expect(
      submitWorkshopInformation(kenyan.candidate, applicationId, { ...ANSWERS, position: "x".repeat(201) }),
    ).rejects.toEqual(new Invalid({ position: "tooLong" }));
    expect(await db.owner.workshopApplication.findUniqueOrThrow({ where: { id: applicationId } })).toMatchObject({
      status: "ACCEPTED",
      answers: null,
    });

    // Someone else cannot read or answer it.
    const belgian = await officer("be.learner", "be");
    await expect(submitWorkshopInformation(belgian.candidate, applicationId, ANSWERS)).rejects.toBeInstanceOf(NotFound);
    await expect(getMyApplication(belgian.candidate, applicationId, "en")).rejects.toBeInstanceOf(NotFound);
    expect(() => candidateOf({ id: "x", homeTenantId: "y", homeTenantKind: "ACADEMY" })).toThrow(NotFound);

    await submitWorkshopInformation(kenyan.candidate, applicationId, { ...ANSWERS, notes: "  " });
    expect(await db.owner.workshopApplication.findUniqueOrThrow({ where: { id: applicationId } })).toMatchObject({
      status: "SUBMITTED",
      answers: ANSWERS,
    });
    const mine = await getMyApplication(kenyan.candidate, applicationId, "fr");
    expect(mine).toMatchObject({ status: "SUBMITTED", mayGiveInformation: true, mayWithdraw: true, answers: ANSWERS });
    expect(mine.fields.map((f) => f.label)).toEqual(["Votre poste", "Do you need a visa?", "Anything else"]);
    // Not once the session has started.
    await expect(
      submitWorkshopInformation(kenyan.candidate, applicationId, ANSWERS, new Date(Date.now() + 31 * DAY)),
    ).rejects.toEqual(new Invalid({ form: "informationClosed" }));
  });
});

describe("WCO selection", () => {
  it("is for WCO admins on the root site, and for an administration's tenant admins on its own workshops", async () => {
    const { id: sessionId } = await newSession("ENF-CCP");
    const { applicationId } = await readyCandidate("ke.learner", sessionId, "ke.coordinator", "ke");
    const refused: Array<[string, string]> = [
      ["ke.learner", "ke"],
      ["ke.coordinator", "root"],
      ["wco.admin", "ke"],
      ["academy.buyer", "academy"],
      ["be.coordinator", "be"],
    ];
    for (const [username, host] of refused) {
      const { site, viewer } = await viewerOn(username, host);
      if (!viewer) continue;
      let selector;
      try {
        selector = selectorOn(site, viewer);
      } catch (error) {
        expect(error).toBeInstanceOf(NotFound);
        continue;
      }
      // A tenant admin selects on their own workshops only: the core session does not exist for them.
      await expect(getSelectionSession(selector, sessionId, "en")).rejects.toBeInstanceOf(NotFound);
      await expect(decideSelection(selector, applicationId, "SELECTED")).rejects.toBeInstanceOf(NotFound);
      expect((await listSelectionSessions(selector, "en")).some((s) => s.id === sessionId)).toBe(false);
    }
    expect(() => selectorOn({ kind: "root" } as never, null)).toThrow(NotFound);
    expect(await statusOf(applicationId)).toBe("SUBMITTED");

    // Kenya's tenant admin selects for Kenya's own workshop.
    const kenyaAuthor = await authorFor("ke.coordinator", "ke");
    const own = await course("KE-OSBP");
    const ownSession = await saveSession(kenyaAuthor, own.id, null, {
      timeZone: "Africa/Nairobi",
      startsAt: inDays(20),
      endsAt: inDays(21),
      place: "Namanga",
      onlineUrl: "",
      capacity: "3",
      applicationsCloseAt: "",
    });
    const ownApplication = await readyCandidate("ke.learner", ownSession, "ke.coordinator", "ke");
    const kenyaSelector = await selectorFor("ke.coordinator", "ke");
    await decideSelection(kenyaSelector, ownApplication.applicationId, "SELECTED");
    expect(await statusOf(ownApplication.applicationId)).toBe("SELECTED");
  });

  it("selects up to capacity, keeps an ordered waiting list and promotes from it automatically", async () => {
    const { id: sessionId } = await newSession("ENF-CCP");
    const wco = await selectorFor("wco.admin", "root");
    const amina = await readyCandidate("ke.learner", sessionId, "ke.coordinator", "ke");
    const lucie = await readyCandidate("be.learner", sessionId, "be.coordinator", "be");
    const priya = await readyCandidate("in.learner", sessionId, "wco.admin");
    const olga = await readyCandidate("ru.learner", sessionId, "wco.admin");

    const listed = await getSelectionSession(wco, sessionId, "en");
    expect(listed.candidates.map((c) => c.country).sort()).toEqual(["Belgium", "India", "Kenya", "Russian Federation"]);
    expect(listed.candidates[0].answers.map((a) => a.value)).toEqual(["Port control unit", "no", ""]);

    await decideSelection(wco, amina.applicationId, "SELECTED");
    await decideSelection(wco, lucie.applicationId, "SELECTED");
    await expect(decideSelection(wco, priya.applicationId, "SELECTED")).rejects.toBeInstanceOf(Conflict);
    await decideSelection(wco, priya.applicationId, "WAITING_LIST");
    await decideSelection(wco, olga.applicationId, "WAITING_LIST");
    const positions = async () =>
      Object.fromEntries(
        (await db.owner.workshopApplication.findMany({ where: { sessionId, status: "WAITING_LIST" } })).map((a) => [
          a.id,
          a.waitingListPosition,
        ]),
      );
    expect(await positions()).toEqual({ [priya.applicationId]: 1, [olga.applicationId]: 2 });
    expect((await listSelectionSessions(wco, "en")).find((s) => s.id === sessionId)!.counts).toEqual({
      pending: 0,
      submitted: 0,
      selected: 2,
      waiting: 2,
      notSelected: 0,
    });
    expect((await alertsOf("ke.learner")).at(-1)).toMatchObject({ kind: "workshopSelected" });
    const booking = await db.owner.emailMessage.findFirstOrThrow({
      where: { toAddress: "ke.learner@demo.clikc.test", template: "workshopSelected" },
      orderBy: { createdAt: "desc" },
    });
    expect(booking.text).toContain("Mombasa");
    expect((await alertsOf("ru.learner")).at(-1)).toMatchObject({
      kind: "workshopWaitingList",
      params: expect.objectContaining({ position: "2" }),
    });

    // A selected participant withdraws: the first of the waiting list takes the seat and is told.
    await withdrawApplication(amina.candidate, amina.applicationId);
    expect(await statusOf(amina.applicationId)).toBe("WITHDRAWN");
    expect(await statusOf(priya.applicationId)).toBe("SELECTED");
    expect((await alertsOf("in.learner")).at(-1)).toMatchObject({ kind: "workshopPromoted" });
    expect(await positions()).toEqual({ [olga.applicationId]: 1 });
    await expect(withdrawApplication(amina.candidate, amina.applicationId)).rejects.toEqual(
      new Invalid({ application: "cannotWithdraw" }),
    );
    await expect(withdrawApplication(olga.candidate, amina.applicationId)).rejects.toBeInstanceOf(NotFound);
    // Nor once the session has started.
    await expect(
      withdrawApplication(olga.candidate, olga.applicationId, new Date(Date.now() + 31 * DAY)),
    ).rejects.toEqual(new Invalid({ application: "cannotWithdraw" }));

    // Moved off the list by WCO staff: the next one is promoted.
    await decideSelection(wco, lucie.applicationId, "NOT_SELECTED");
    expect(await statusOf(olga.applicationId)).toBe("SELECTED");
    expect((await alertsOf("be.learner")).at(-1)).toMatchObject({ kind: "workshopNotSelected" });
    // A participant moved to the waiting list does not take back the seat they left: the first waiting does.
    await decideSelection(wco, lucie.applicationId, "WAITING_LIST");
    await decideSelection(wco, olga.applicationId, "WAITING_LIST");
    expect(await statusOf(olga.applicationId)).toBe("WAITING_LIST");
    expect(await statusOf(lucie.applicationId)).toBe("SELECTED");
    expect(await positions()).toEqual({ [olga.applicationId]: 1 });
    const audit = await db.owner.auditEvent.findMany({
      where: { targetId: lucie.applicationId, action: { startsWith: "workshop.selection" } },
    });
    expect(audit.map((e) => e.action).sort()).toEqual([
      "workshop.selection.not_selected",
      "workshop.selection.selected",
      "workshop.selection.waiting_list",
    ]);

    // Upcoming events and the session cannot be deleted while it has participants.
    expect((await listUpcomingEvents(priya.candidate, "en")).map((e) => e.applicationId)).toContain(
      priya.applicationId,
    );
    await expect(
      deleteSession(await authorFor("wco.admin", "root"), (await course("ENF-CCP")).id, sessionId),
    ).rejects.toEqual(new Invalid({ session: "sessionHasParticipants" }));
  });

  it("tells the participant's National Coordinator of each decision, with the message the participant was sent", async () => {
    const { id: sessionId } = await newSession("ENF-CCP", { capacity: "1" });
    const wco = await selectorFor("wco.admin", "root");
    const amina = await readyCandidate("ke.learner", sessionId, "ke.coordinator", "ke");
    const lucie = await readyCandidate("be.learner", sessionId, "be.coordinator", "be");
    const kenyaBefore = (await alertsOf("ke.coordinator")).length;
    const belgiumBefore = (await alertsOf("be.coordinator")).length;
    // A participant's e-mail is the message and their own footer: their unsubscribe link is theirs alone.
    const messageAndFooter = (text: string) => text.split(FOOTER_SEPARATOR);
    const sentTo = (username: string, template: string) =>
      db.owner.emailMessage.findFirstOrThrow({
        where: { toAddress: `${username}@demo.clikc.test`, template },
        orderBy: { createdAt: "desc" },
      });

    await decideSelection(wco, amina.applicationId, "SELECTED");
    const participantMail = await sentTo("ke.learner", "workshopSelected");
    const kenyaAlerts = (await alertsOf("ke.coordinator")).slice(kenyaBefore);
    expect(kenyaAlerts).toHaveLength(1);
    const member = await db.owner.user.findUniqueOrThrow({ where: { username: "ke.learner" } });
    const [participantMessage, participantFooter] = messageAndFooter(participantMail.text);
    expect(participantFooter).toContain("/api/unsubscribe/");
    expect(kenyaAlerts[0]).toMatchObject({
      kind: "participantSelected",
      href: `/team/${member.id}?tab=bookings`,
      params: expect.objectContaining({
        participant: `${member.firstName} ${member.lastName}`,
        subject: participantMail.subject,
        message: participantMessage,
      }),
    });
    const coordinatorMail = await sentTo("ke.coordinator", "participantSelected");
    expect(coordinatorMail.text).toContain(participantMessage);
    expect(coordinatorMail.text).not.toContain(participantFooter);
    expect(coordinatorMail.text).toContain(`/team/${member.id}?tab=bookings`);
    // Belgium's coordinator hears nothing of Kenya's participant.
    expect((await alertsOf("be.coordinator")).slice(belgiumBefore)).toEqual([]);

    await decideSelection(wco, lucie.applicationId, "WAITING_LIST");
    expect((await alertsOf("be.coordinator")).at(-1)).toMatchObject({
      kind: "participantWaitingList",
      params: expect.objectContaining({
        position: "1",
        message: messageAndFooter((await sentTo("be.learner", "workshopWaitingList")).text)[0],
      }),
    });
    // Amina is set aside: Lucie moves up; both coordinators are told what their officer was told.
    await decideSelection(wco, amina.applicationId, "NOT_SELECTED");
    expect((await alertsOf("ke.coordinator")).at(-1)).toMatchObject({
      kind: "participantNotSelected",
      params: expect.objectContaining({
        message: messageAndFooter((await sentTo("ke.learner", "workshopNotSelected")).text)[0],
      }),
    });
    expect((await alertsOf("be.coordinator")).at(-1)).toMatchObject({
      kind: "participantPromoted",
      params: expect.objectContaining({
        message: messageAndFooter((await sentTo("be.learner", "workshopPromoted")).text)[0],
      }),
    });
    expect((await sentTo("be.coordinator", "participantPromoted")).text).toContain("Lucie");
  });

  it("gives the last seat to exactly one of two concurrent selections", async () => {
    const { id: sessionId } = await newSession("ENF-CCP", { capacity: "1" });
    const a = await readyCandidate("ke.learner", sessionId, "ke.coordinator", "ke");
    const b = await readyCandidate("be.learner", sessionId, "be.coordinator", "be");
    const [first, second] = [await selectorFor("wco.admin", "root"), await selectorFor("wco.admin", "root")];
    const results = await Promise.allSettled([
      decideSelection(first, a.applicationId, "SELECTED"),
      decideSelection(second, b.applicationId, "SELECTED"),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: expect.any(Conflict) });
    expect(await db.owner.workshopApplication.count({ where: { sessionId, status: "SELECTED" } })).toBe(1);
  });
});

describe("removing a session", () => {
  it("tells every candidate whose application was still open, in their language, and nobody else", async () => {
    const { id: sessionId, courseId } = await newSession("ENF-CCP");
    const waiting = await readyCandidate("ke.learner", sessionId, "ke.coordinator", "ke");
    const { scope, applicant } = await officer("be.learner", "be");
    const pending = await applyToSession(scope, applicant, sessionId);
    const before = (await alertsOf("be.learner")).length;
    await deleteSession(await authorFor("wco.admin", "root"), courseId, sessionId);
    expect(await db.owner.workshopApplication.count({ where: { id: { in: [waiting.applicationId, pending] } } })).toBe(
      0,
    );
    const [kenyan] = (await alertsOf("ke.learner")).filter((a) => a.kind === "workshopSessionCancelled");
    expect(kenyan).toMatchObject({ href: `/courses/${courseId}` });
    expect((await alertsOf("be.learner")).length).toBe(before + 1);
    const belgianMail = await db.owner.emailMessage.findFirstOrThrow({
      where: { template: "workshopSessionCancelled", toAddress: "be.learner@demo.clikc.test" },
    });
    expect(belgianMail.subject).toContain("Session d'atelier annulée");
    expect(
      await db.owner.alert.count({
        where: { kind: "workshopSessionCancelled", user: { username: { notIn: ["ke.learner", "be.learner"] } } },
      }),
    ).toBe(0);
  });
});

describe("moving a session", () => {
  it("tells candidates and participants, giving the online link to selected participants only", async () => {
    const online = {
      timeZone: "Africa/Nairobi",
      startsAt: inDays(20),
      endsAt: inDays(21),
      place: "",
      onlineUrl: "https://meet.example.org/ccp",
      capacity: "5",
      applicationsCloseAt: "",
    };
    const { id: sessionId, courseId } = await newSession("ENF-CCP", online);
    const selected = await readyCandidate("be.learner", sessionId, "be.coordinator", "be");
    await decideSelection(await selectorFor("wco.admin", "root"), selected.applicationId, "SELECTED");
    const { scope, applicant } = await officer("ke.learner", "ke");
    await applyToSession(scope, applicant, sessionId);
    await saveSession(await authorFor("wco.admin", "root"), courseId, sessionId, {
      ...online,
      startsAt: inDays(22),
      endsAt: inDays(23),
    });
    const mail = (address: string) =>
      db.owner.emailMessage.findFirstOrThrow({
        where: { template: "workshopSessionChanged", toAddress: address },
        orderBy: { createdAt: "desc" },
      });
    expect((await mail("be.learner@demo.clikc.test")).text).toContain("https://meet.example.org/ccp");
    expect((await mail("ke.learner@demo.clikc.test")).text).not.toContain("https://meet.example.org/ccp");
  });
});

describe("reminders, alerts and bookings", () => {
  it("remind selected participants once, within 48 hours of the start", async () => {
    const soon = await newSession("ENF-CCP", { startsAt: inDays(1), endsAt: inDays(2), capacity: "5" });
    const later = await newSession("ENF-CCP", { startsAt: inDays(5), endsAt: inDays(6), capacity: "5" });
    const wco = await selectorFor("wco.admin", "root");
    const near = await readyCandidate("jo.learner", soon.id, "wco.admin");
    const far = await readyCandidate("jo.learner", later.id, "wco.admin");
    await decideSelection(wco, near.applicationId, "SELECTED");
    await decideSelection(wco, far.applicationId, "SELECTED");
    const before = await db.owner.alert.count({ where: { kind: "workshopReminder" } });
    expect(await sendWorkshopReminders()).toBeGreaterThanOrEqual(1);
    expect(await sendWorkshopReminders()).toBe(0);
    const reminders = await db.owner.alert.findMany({
      where: { kind: "workshopReminder", user: { username: "jo.learner" } },
    });
    expect(reminders).toHaveLength(1);
    expect(reminders[0].href).toBe(`/workshops/applications/${near.applicationId}`);
    expect(await db.owner.alert.count({ where: { kind: "workshopReminder" } })).toBe(before + 1);
    const email = await db.owner.emailMessage.findFirstOrThrow({
      where: { toAddress: "jo.learner@demo.clikc.test", template: "workshopReminder" },
    });
    expect(email.locale).toBe("ar");
    expect(
      (await db.owner.workshopApplication.findUniqueOrThrow({ where: { id: far.applicationId } })).reminderSentAt,
    ).toBeNull();

    // Moving the near session tells its participant, and its reminder is due again; saving it unchanged tells nobody.
    const author = await authorFor("wco.admin", "root");
    const session = {
      timeZone: "Africa/Nairobi",
      endsAt: inDays(3),
      place: "Mombasa",
      onlineUrl: "",
      capacity: "5",
      applicationsCloseAt: "",
    };
    await saveSession(author, soon.courseId, soon.id, { ...session, startsAt: inDays(1.5) });
    const changed = await db.owner.alert.findMany({
      where: { kind: "workshopSessionChanged", user: { username: "jo.learner" } },
    });
    expect(changed).toHaveLength(1);
    expect(changed[0].href).toBe(`/workshops/applications/${near.applicationId}`);
    expect(
      (await db.owner.workshopApplication.findUniqueOrThrow({ where: { id: near.applicationId } })).reminderSentAt,
    ).toBeNull();
    const saved = await db.owner.workshopSession.findUniqueOrThrow({ where: { id: soon.id } });
    await saveSession(author, soon.courseId, soon.id, {
      ...session,
      startsAt: toZonedInput(saved.startsAt, "Africa/Nairobi"),
      endsAt: toZonedInput(saved.endsAt, "Africa/Nairobi"),
    });
    expect(
      await db.owner.alert.count({ where: { kind: "workshopSessionChanged", user: { username: "jo.learner" } } }),
    ).toBe(1);
    expect(await sendWorkshopReminders()).toBeGreaterThanOrEqual(1);
    // Two days later, the second session's reminder goes.
    expect(await sendWorkshopReminders(new Date(Date.now() + 4 * DAY))).toBe(1);
  });

  it("fill the Alerts panel, newest first, until marked as read", async () => {
    const jo = await db.owner.user.findUniqueOrThrow({ where: { username: "jo.learner" } });
    const reader = { id: jo.id, homeTenantId: jo.tenantId };
    const page = await listAlerts(reader, 1);
    expect(page.total).toBeGreaterThan(0);
    expect(page.alerts[0].kind).toBe("workshopReminder");
    expect(await countUnreadAlerts(reader)).toBe(page.total);
    // Alerts are read in the reader's own home tenant only: another user's, or another tenant's, show nothing.
    const amina = await db.owner.user.findUniqueOrThrow({ where: { username: "ke.learner" } });
    expect((await listAlerts({ id: amina.id, homeTenantId: jo.tenantId }, 1)).total).toBe(0);
    expect((await listAlerts({ id: jo.id, homeTenantId: amina.tenantId }, 1)).total).toBe(0);
    expect(await markAlertsRead({ id: amina.id, homeTenantId: jo.tenantId })).toBe(0);
    expect(await markAlertsRead(reader)).toBe(page.total);
    expect(await countUnreadAlerts(reader)).toBe(0);
  });

  it("show each user's bookings to their own administration's coordinator only", async () => {
    const { id: sessionId } = await newSession("ENF-CCP");
    const { applicationId } = await readyCandidate("ke.learner", sessionId, "ke.coordinator", "ke");
    const amina = await db.owner.user.findUniqueOrThrow({ where: { username: "ke.learner" } });
    const member = await getTeamMember(await manager("ke.coordinator"), amina.id);
    expect(member.bookings.find((b) => b.applicationId === applicationId)).toMatchObject({
      status: "SUBMITTED",
      title: "Container Control Programme: port control unit training",
      timeZone: "Africa/Nairobi",
    });
    await expect(getTeamMember(await manager("be.coordinator"), amina.id)).rejects.toBeInstanceOf(NotFound);
    await expect(getTeamMember(await manager("ke.learner"), amina.id)).rejects.toBeInstanceOf(NotFound);
    await expect(getTeamMember(await manager("academy.buyer"), amina.id)).rejects.toBeInstanceOf(NotFound);
  });
});
