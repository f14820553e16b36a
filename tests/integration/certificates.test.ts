import { loadViewer } from "@/lib/auth/load-viewer";
import { authorOn } from "@/lib/authoring/author";
import { certificatePdf } from "@/lib/certificates/certificate-pdf";
import { listCertificates } from "@/lib/certificates/list-certificates";
import { recertify } from "@/lib/learning/recertify";
import { viewRecordOfLearning } from "@/lib/learning/view-record-of-learning";
import { revokeCertificate } from "@/lib/certificates/revoke-certificate";
import { sendCertificateExpiryReminders } from "@/lib/certificates/send-expiry-reminders";
import { setSignatory } from "@/lib/certificates/set-signatory";
import { verifyCertificate } from "@/lib/certificates/verify-certificate";
import { Invalid, NotFound } from "@/lib/errors";
import { completeModule } from "@/lib/learning/complete-module";
import { enrolInCourse } from "@/lib/learning/enrol-in-course";
import { closePdfWorkers } from "@/lib/pdf/render-pdf";
import { deleteTeamMember } from "@/lib/team/delete-team-member";
import { lastEmailTo } from "../helpers/outbox";
import { pdfText } from "../helpers/pdf-text";
import { scopeOfUser } from "../helpers/scopes";
import { siteFor } from "../helpers/sites";
import { setUpTestDatabase } from "../helpers/test-database";

const db = setUpTestDatabase();
afterAll(() => closePdfWorkers());

async function authorFor(username: string, host: string) {
  const user = await db.owner.user.findUniqueOrThrow({ where: { username } });
  const site = await siteFor(host);
  return authorOn(site, await loadViewer(user.id, user.sessionVersion, site));
}

const courseId = async (code: string) => (await db.owner.course.findFirstOrThrow({ where: { code } })).id;

/** Enrols the learner and completes every module of the course, as the players would. */
async function complete(username: string, host: string | undefined, code: string) {
  const scope = await scopeOfUser(db.owner, username, host);
  const id = await courseId(code);
  await enrolInCourse(scope, { id: scope.userId, homeTenantId: scope.homeTenantId }, id);
  const modules = await db.owner.courseModule.findMany({ where: { courseId: id }, orderBy: { position: "asc" } });
  for (const m of modules) await completeModule(scope, scope.userId, m.id);
  return { scope, courseId: id, modules };
}

async function officer(username: string, firstName: string, lastName: string, locale: string) {
  const kenya = await db.owner.tenant.findUniqueOrThrow({ where: { slug: "ke" } });
  await db.owner.user.create({
    data: {
      tenantId: kenya.id,
      username,
      email: `${username}@kra.example`,
      passwordHash: "x",
      firstName,
      lastName,
      locale,
    },
  });
}

describe("certificates", () => {
  it("are issued once on completion, with the name as written and the course title in the learner's language", async () => {
    const people = [
      ["cert.en", "Margaret", "O'Brien", "en", "Introduction to the Harmonized System", "Secretary"],
      ["cert.fr", "Zoë", "Lefèvre-Dubois", "fr", "Introduction au Système harmonisé", "Secrétaire"],
      ["cert.es", "José", "Núñez Peña", "es", "Introducción al Sistema Armonizado", "Secretario"],
      ["cert.pt", "João", "Gonçalves", "pt", "Introdução ao Sistema Harmonizado", "Secretário-Geral"],
      ["cert.br", "Antônio", "Araújo", "pt-BR", "Introdução ao Sistema Harmonizado", "Secretário-Geral"],
      ["cert.ru", "Анна", "Кузнецова", "ru", "Введение в Гармонизированную систему", "Генеральный"],
      ["cert.ar", "محمد", "العلي", "ar", "مقدمة في النظام المنسق", "العام"],
    ] as const;
    const { secretaryGeneralName } = await db.owner.platformSettings.findUniqueOrThrow({ where: { id: 1 } });
    for (const [username, first, last, locale, title, signatoryWord] of people) {
      await officer(username, first, last, locale);
      const { scope, courseId: id, modules } = await complete(username, "ke", "HS-101");
      // Completing a module again (a late commit, a second tab) issues nothing more.
      await completeModule(scope, scope.userId, modules[0].id);
      const [certificate] = await listCertificates(scope.ctx, scope.userId);
      expect(await db.owner.certificate.count({ where: { userId: scope.userId, courseId: id } })).toBe(1);
      expect(certificate).toMatchObject({ courseTitle: title, status: "VALID", expiresAt: null, cycle: 1 });
      const text = pdfText((await certificatePdf(scope.ctx, scope.userId, certificate.id)).pdf);
      for (const word of [...first.split(" "), ...last.split(" "), certificate.code, secretaryGeneralName])
        expect(text).toContain(word);
      // Lines may wrap; the extracted words are what a reader (or a screen reader) gets. (The signatory's title is
      // checked by a word without the lam-alef ligature, which pdftotext writes back in visual order.)
      for (const word of [...title.split(" "), signatoryWord]) expect(text).toContain(word);
      expect(text).toContain(`/verify/${certificate.code}`);
    }
  });

  it("show the administration's own signatory and name on its own courses", async () => {
    const kenyanAdmin = await authorFor("ke.coordinator", "ke");
    await expect(setSignatory(kenyanAdmin, { signatoryName: "", signatoryTitle: "Commissioner" })).rejects.toEqual(
      new Invalid({ signatoryName: "required" }),
    );
    await setSignatory(kenyanAdmin, { signatoryName: "Grace Wanjiru", signatoryTitle: "Commissioner of Customs" });
    await expect(
      setSignatory(await authorFor("wco.admin", "root"), { signatoryName: "X", signatoryTitle: "Y" }),
    ).rejects.toBeInstanceOf(NotFound);
    const { scope } = await complete("ke.learner", "ke", "KE-ICMS");
    const [certificate] = await listCertificates(scope.ctx, scope.userId, { courseId: await courseId("KE-ICMS") });
    const text = pdfText((await certificatePdf(scope.ctx, scope.userId, certificate.id)).pdf);
    expect(text).toContain("Grace Wanjiru");
    expect(text).toContain("Commissioner of Customs");
    expect(text).toContain("Kenya Revenue Authority");
  });

  it("are verified publicly by code, showing only the status, holder, course and dates; unknown and malformed codes are the same 404", async () => {
    const { scope } = await complete("be.learner", undefined, "HS-101");
    const [certificate] = await listCertificates(scope.ctx, scope.userId);
    const verified = await verifyCertificate(certificate.code.toLowerCase().replaceAll("-", " "));
    expect(Object.keys(verified).sort()).toEqual([
      "code",
      "courseTitle",
      "expiresAt",
      "holderName",
      "issuedAt",
      "issuerTenantId",
      "status",
    ]);
    expect(verified).toMatchObject({
      code: certificate.code,
      status: "VALID",
      holderName: expect.stringMatching(/\S+ \S+/),
    });
    const unknown = await verifyCertificate("AAAAA-AAAAA-AAAAA-AAAAA").catch((error: unknown) => error);
    const malformed = await verifyCertificate("<script>").catch((error: unknown) => error);
    expect(unknown).toBeInstanceOf(NotFound);
    expect(malformed).toBeInstanceOf(NotFound);
    expect(String(unknown)).toBe(String(malformed));
  });

  it("are revoked with a reason by WCO admins, or by the tenant admins of their own courses only; nobody else reaches them", async () => {
    const { scope } = await complete("br.learner", undefined, "HS-101");
    const [core] = await listCertificates(scope.ctx, scope.userId);
    const kenyan = await authorFor("ke.coordinator", "ke");
    await expect(revokeCertificate(kenyan, core.code, { reason: "Fraud" })).rejects.toBeInstanceOf(NotFound);
    const wco = await authorFor("wco.admin", "root");
    await expect(revokeCertificate(wco, core.code, { reason: "" })).rejects.toEqual(
      new Invalid({ reason: "reasonRequired" }),
    );
    expect((await verifyCertificate(core.code)).status).toBe("VALID");
    await revokeCertificate(wco, core.code, { reason: "Exam taken by someone else" });
    expect((await verifyCertificate(core.code)).status).toBe("REVOKED");
    await expect(revokeCertificate(wco, core.code, { reason: "Again" })).rejects.toEqual(
      new Invalid({ reason: "alreadyRevoked" }),
    );
    await expect(certificatePdf(scope.ctx, scope.userId, core.id)).rejects.toBeInstanceOf(NotFound);
    const audit = await db.owner.auditEvent.findFirstOrThrow({
      where: { action: "certificate.revoke", targetId: core.id },
    });
    expect(audit.after).toMatchObject({ reason: "Exam taken by someone else" });

    const kenyanCourse = await complete("ke.learner", "ke", "KE-EAC-CET");
    const [own] = await listCertificates(kenyanCourse.scope.ctx, kenyanCourse.scope.userId, {
      courseId: kenyanCourse.courseId,
    });
    await expect(
      revokeCertificate(await authorFor("be.coordinator", "be"), own.code, { reason: "Not ours" }),
    ).rejects.toBeInstanceOf(NotFound);
    expect((await verifyCertificate(own.code)).status).toBe("VALID");
    await revokeCertificate(kenyan, own.code, { reason: "Issued in error" });
    expect((await verifyCertificate(own.code)).status).toBe("REVOKED");
  });

  it("are downloaded by their holder only: another learner, another tenant's user and an Academy buyer get 404", async () => {
    const { scope } = await complete("jo.learner", undefined, "HS-101");
    const [certificate] = await listCertificates(scope.ctx, scope.userId);
    for (const [username, host] of [
      ["ke.learner", "ke"],
      ["be.coordinator", undefined],
      ["academy.buyer", undefined],
    ] as const) {
      const other = await scopeOfUser(db.owner, username, host);
      await expect(certificatePdf(other.ctx, other.userId, certificate.id)).rejects.toBeInstanceOf(NotFound);
      // Even naming the holder does not help: the row belongs to another tenant.
      if (other.ctx.tenantId !== scope.ctx.tenantId)
        await expect(certificatePdf(other.ctx, scope.userId, certificate.id)).rejects.toBeInstanceOf(NotFound);
      expect(await listCertificates(other.ctx, scope.userId)).toEqual(
        other.ctx.tenantId === scope.ctx.tenantId ? expect.any(Array) : [],
      );
    }
    await expect(certificatePdf(scope.ctx, scope.userId, "not-a-uuid")).rejects.toBeInstanceOf(NotFound);
  });

  it("stop naming a deleted user: the coordinator's deletion revokes them", async () => {
    await officer("cert.leaving", "Otieno", "Barasa", "en");
    const { scope } = await complete("cert.leaving", "ke", "HS-101");
    const [certificate] = await listCertificates(scope.ctx, scope.userId);
    const coordinator = await db.owner.user.findUniqueOrThrow({ where: { username: "ke.coordinator" } });
    await deleteTeamMember({ ...coordinator, homeTenantId: coordinator.tenantId }, scope.userId);
    const verified = await verifyCertificate(certificate.code);
    expect(verified.status).toBe("REVOKED");
    expect(verified.holderName).not.toContain("Barasa");
  });

  it("expire after the course's validity, remind the holder once, and are renewed by recertifying, keeping the history", async () => {
    await db.owner.course.update({
      where: { id: await courseId("VAL-101") },
      data: { hasCertificate: true, certificateValidityMonths: 12 },
    });
    await officer("cert.renew", "Wanjiku", "Kamau", "en");
    const { scope, courseId: id, modules } = await complete("cert.renew", "ke", "VAL-101");
    const [first] = await listCertificates(scope.ctx, scope.userId);
    expect(first.expiresAt!.getTime() - first.issuedAt.getTime()).toBeGreaterThan(364 * 86_400_000);
    await expect(recertify(scope.ctx, scope.userId, id)).rejects.toEqual(
      new Invalid({ certificate: "notYetRecertifiable" }),
    );

    const tenDaysBefore = new Date(first.expiresAt!.getTime() - 10 * 86_400_000);
    expect(await sendCertificateExpiryReminders(new Date(first.expiresAt!.getTime() - 40 * 86_400_000))).toBe(0);
    expect(await sendCertificateExpiryReminders(tenDaysBefore)).toBeGreaterThanOrEqual(1);
    expect(await sendCertificateExpiryReminders(tenDaysBefore)).toBe(0);
    const mail = await lastEmailTo(db.owner, "cert.renew@kra.example");
    expect(mail?.template).toBe("certificateExpiring");
    expect(mail?.text).toContain(`/courses/${id}?tab=certificate`);
    expect(await db.owner.alert.count({ where: { userId: scope.userId, kind: "certificateExpiring" } })).toBe(1);

    // A year on: the certificate has expired.
    await db.owner.certificate.update({ where: { id: first.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await verifyCertificate(first.code)).status).toBe("EXPIRED");
    await recertify(scope.ctx, scope.userId, id);
    await recertify(scope.ctx, scope.userId, id).catch(() => undefined);
    const enrolment = await db.owner.enrolment.findFirstOrThrow({ where: { userId: scope.userId, courseId: id } });
    expect(enrolment).toMatchObject({ cycle: 2, status: "IN_PROGRESS", completedAt: null });
    expect(enrolment.progressPercent).toBeLessThan(100);

    for (const m of modules) await completeModule(scope, scope.userId, m.id);
    const history = await listCertificates(scope.ctx, scope.userId);
    expect(history.map((c) => [c.cycle, c.status])).toEqual([
      [2, "VALID"],
      [1, "REPLACED"],
    ]);
    expect(history[0].code).not.toBe(first.code);
    expect((await verifyCertificate(first.code)).status).toBe("REPLACED");
  });

  it("leave each earlier completion in the record of learning's Previous completions, with its date and grade", async () => {
    const id = await courseId("MERC-101");
    await db.owner.course.update({ where: { id }, data: { hasCertificate: true, certificateValidityMonths: 12 } });
    await officer("cert.again", "Njeri", "Otieno", "en");
    const { scope, modules } = await complete("cert.again", "ke", "MERC-101");
    const row = async () => {
      const record = await viewRecordOfLearning(scope.ctx, scope.userId, "en", "");
      return { course: record.courses.find((c) => c.courseId === id), previous: record.previous.get(id) ?? [] };
    };
    // A first completion is the current one, not a previous one.
    expect((await row()).previous).toEqual([]);
    const recertifyAt = async (completedAt: Date, grade: number) => {
      await db.owner.enrolment.updateMany({
        where: { userId: scope.userId, courseId: id },
        data: { completedAt, grade },
      });
      await db.owner.certificate.updateMany({
        where: { userId: scope.userId, courseId: id, replacedAt: null },
        data: { issuedAt: completedAt, grade, expiresAt: new Date(Date.now() - 1000) },
      });
      await recertify(scope.ctx, scope.userId, id);
    };
    await recertifyAt(new Date("2024-03-01T09:00:00Z"), 72);
    const afterFirst = await row();
    expect(afterFirst.course).toMatchObject({ status: "IN_PROGRESS", completedAt: null, cycle: 2 });
    expect(afterFirst.previous).toEqual([{ cycle: 1, completedAt: new Date("2024-03-01T09:00:00Z"), grade: 72 }]);

    for (const m of modules) await completeModule(scope, scope.userId, m.id);
    await recertifyAt(new Date("2025-03-05T09:00:00Z"), 88);
    for (const m of modules) await completeModule(scope, scope.userId, m.id);
    const third = await row();
    // The current (third) completion is the row's own; the two before it are the history, newest first.
    expect(third.course).toMatchObject({ status: "COMPLETED", cycle: 3 });
    expect(third.previous.map((p) => [p.cycle, p.completedAt.toISOString().slice(0, 10), p.grade])).toEqual([
      [2, "2025-03-05", 88],
      [1, "2024-03-01", 72],
    ]);

    // Nobody else's record shows them: another officer who completed the same course has no history.
    const other = await complete("cert.renew", "ke", "MERC-101");
    const theirs = await viewRecordOfLearning(other.scope.ctx, other.scope.userId, "en", "");
    expect(theirs.courses.find((c) => c.courseId === id)).toMatchObject({ status: "COMPLETED", cycle: 1 });
    expect(theirs.previous.get(id)).toBeUndefined();
  });
});
