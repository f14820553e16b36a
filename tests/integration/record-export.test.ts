import ExcelJS from "exceljs";
import { enrolInCourse } from "@/lib/learning/enrol-in-course";
import { listMyCourses } from "@/lib/learning/list-my-courses";
import { recordOfLearningTable } from "@/lib/learning/record-of-learning-table";
import { deleteSavedSearch } from "@/lib/learning/delete-saved-search";
import { listSavedSearches } from "@/lib/learning/list-saved-searches";
import { saveSearch } from "@/lib/learning/save-search";
import { renameSavedSearch } from "@/lib/learning/rename-saved-search";
import { setDefaultSearch } from "@/lib/learning/set-default-search";
import { viewRecordOfLearning } from "@/lib/learning/view-record-of-learning";
import { Invalid, NotFound } from "@/lib/errors";
import { closePdfWorkers } from "@/lib/pdf/render-pdf";
import { toCsv, toPdf, toXlsx } from "@/lib/reports/table-export";
import { pdfPageCount, pdfText } from "../helpers/pdf-text";
import { scopeOfUser } from "../helpers/scopes";
import { setUpTestDatabase } from "../helpers/test-database";

const db = setUpTestDatabase();
afterAll(closePdfWorkers);
const labels = {
  title: "Record of Learning",
  header: ["Type", "Course", "Due date", "Completed", "Status", "Progress"],
  type: (t: string) => t,
  status: (s: string) => s,
};

async function belgianRecord() {
  const scope = await scopeOfUser(db.owner, "be.learner");
  for (const code of ["VAL-101", "BE-PLDA"]) {
    const course = await db.owner.course.findFirstOrThrow({ where: { code } });
    await enrolInCourse(scope, { id: scope.userId, homeTenantId: scope.homeTenantId }, course.id);
  }
  return recordOfLearningTable(await listMyCourses(scope.ctx, scope.userId, "fr", { order: "title" }), labels);
}

describe("record of learning exports", () => {
  it("exports CSV with the learner's courses in their language, readable by spreadsheets", async () => {
    const csv = toCsv(await belgianRecord());
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).trim().split("\r\n");
    expect(lines[0]).toBe("Type,Course,Due date,Completed,Status,Progress");
    expect(lines.slice(1).sort()).toEqual(
      [
        "ELEARNING,PLDA : traitement des déclarations,,,IN_PROGRESS,0",
        "ELEARNING,Valeur en douane : l'Accord de l'OMC sur l'évaluation,,,IN_PROGRESS,0",
      ].sort(),
    );
  });

  it("exports Excel that a reader library opens with the same rows", async () => {
    const table = await belgianRecord();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await toXlsx(table)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const rows = sheet
      .getSheetValues()
      .filter(Boolean)
      .map((row) => (row as unknown[]).slice(1));
    expect(rows[0]).toEqual(table.header);
    expect(
      rows
        .slice(1)
        .map((r) => r[1])
        .sort(),
    ).toEqual(table.rows.map((r) => r[1]).sort());
  });

  it("exports a PDF whose text a reader extracts: title, learner, courses in their language, page numbers", async () => {
    const table = await belgianRecord();
    const pdf = await toPdf(table, {
      locale: "fr",
      subtitle: "Anaïs Dubois · généré le 23 novembre 2026",
      pageLabel: "Page {page} sur {pages}",
    });
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe("%PDF-");
    const text = pdfText(pdf).replace(/\s+/g, " ");
    expect(text).toContain("Record of Learning");
    expect(text).toContain("Anaïs Dubois");
    expect(text).toContain("PLDA : traitement des déclarations");
    expect(text).toContain("Valeur en douane");
    expect(text).toContain("Page 1 sur 1");
  });

  it("lays long records over several pages and keeps Cyrillic and Arabic text readable", async () => {
    const rows = Array.from({ length: 120 }, (_, i) => [
      "ELEARNING",
      `Курс ${i + 1} — النظام المنسق`,
      null,
      new Date(Date.UTC(2026, 10, 2)),
      "COMPLETED",
      100,
    ]);
    const pdf = await toPdf(
      { title: "سجل التعلم", header: ["النوع", "الدورة", "الاستحقاق", "الإتمام", "الحالة", "التقدم"], rows },
      { locale: "ar", subtitle: "Ахмед Салех", pageLabel: "الصفحة {page} من {pages}" },
    );
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThan(2);
    const text = pdfText(pdf);
    expect(text).toContain("Курс 120");
    expect(text).toContain("Ахмед Салех");
    expect(text).toMatch(/النظام|المنسق/);
  });

  it("neutralises cells that a spreadsheet would run as formulas", () => {
    const csv = toCsv({
      title: "t",
      header: ["a"],
      rows: [['=HYPERLINK("http://evil")'], ["+1"], ["plain, with comma"]],
    });
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).toContain("'+1");
    expect(csv).toContain('"plain, with comma"');
  });
});

describe("saved searches", () => {
  it("keeps named searches per learner, replaces by name, and deletes only the learner's own", async () => {
    const belgian = await scopeOfUser(db.owner, "be.learner");
    const coordinator = await scopeOfUser(db.owner, "be.coordinator");
    await saveSearch(belgian.ctx, belgian.userId, { name: " Valuation ", query: "valeur" });
    await saveSearch(belgian.ctx, belgian.userId, { name: "Valuation", query: "valeur en douane" });
    const saved = await listSavedSearches(belgian.ctx, belgian.userId);
    expect(saved.map(({ name, query }) => ({ name, query }))).toEqual([
      { name: "Valuation", query: "valeur en douane" },
    ]);
    await expect(saveSearch(belgian.ctx, belgian.userId, { name: "  ", query: "x" })).rejects.toThrow();
    await expect(deleteSavedSearch(coordinator.ctx, coordinator.userId, saved[0].id)).rejects.toBeInstanceOf(NotFound);
    expect(await listSavedSearches(belgian.ctx, belgian.userId)).toHaveLength(1);
    const kenyan = await scopeOfUser(db.owner, "ke.learner");
    expect(await listSavedSearches(kenyan.ctx, belgian.userId)).toEqual([]);
    await deleteSavedSearch(belgian.ctx, belgian.userId, saved[0].id);
    expect(await listSavedSearches(belgian.ctx, belgian.userId)).toEqual([]);
  });

  it("opens the Record of Learning with the default saved search, until the learner asks for every course", async () => {
    await belgianRecord();
    const kenyan = await scopeOfUser(db.owner, "be.learner");
    const all = await viewRecordOfLearning(kenyan.ctx, kenyan.userId, "en", undefined);
    expect(all.courses.length).toBeGreaterThan(1);
    const title = all.courses[0].title;
    // Saved searches of this learner from another test are set aside first.
    await db.owner.savedSearch.deleteMany({ where: { userId: kenyan.userId } });
    await saveSearch(kenyan.ctx, kenyan.userId, { name: "First one", query: title });
    await saveSearch(kenyan.ctx, kenyan.userId, { name: "Nothing", query: "no course has this title" });
    const [first, nothing] = await listSavedSearches(kenyan.ctx, kenyan.userId);
    await setDefaultSearch(kenyan.ctx, kenyan.userId, first.id);
    await setDefaultSearch(kenyan.ctx, kenyan.userId, nothing.id);
    // One default at a time: the newest choice.
    expect((await listSavedSearches(kenyan.ctx, kenyan.userId)).map((s) => s.isDefault)).toEqual([false, true]);
    await setDefaultSearch(kenyan.ctx, kenyan.userId, first.id);
    const opened = await viewRecordOfLearning(kenyan.ctx, kenyan.userId, "en", undefined);
    expect(opened.query).toBe(title);
    expect(opened.courses.map((c) => c.title)).toContain(title);
    expect(opened.courses.length).toBeLessThan(all.courses.length);
    // "?q=" in the address: every course, whatever the default.
    expect((await viewRecordOfLearning(kenyan.ctx, kenyan.userId, "en", "")).courses).toHaveLength(all.courses.length);
    await setDefaultSearch(kenyan.ctx, kenyan.userId, null);
    expect((await viewRecordOfLearning(kenyan.ctx, kenyan.userId, "en", undefined)).query).toBe("");
  });

  it("renames a saved search, refuses a name already used or empty, and touches no one else's", async () => {
    const kenyan = await scopeOfUser(db.owner, "ke.learner");
    const belgian = await scopeOfUser(db.owner, "be.learner");
    await saveSearch(kenyan.ctx, kenyan.userId, { name: "Rename me", query: "customs" });
    await saveSearch(kenyan.ctx, kenyan.userId, { name: "Taken", query: "x" });
    const mine = (await listSavedSearches(kenyan.ctx, kenyan.userId)).find((s) => s.name === "Rename me")!;
    await renameSavedSearch(kenyan.ctx, kenyan.userId, mine.id, { name: "  Renamed  " });
    await expect(renameSavedSearch(kenyan.ctx, kenyan.userId, mine.id, { name: "Taken" })).rejects.toEqual(
      new Invalid({ name: "nameTaken" }),
    );
    await expect(renameSavedSearch(kenyan.ctx, kenyan.userId, mine.id, { name: " " })).rejects.toEqual(
      new Invalid({ name: "required" }),
    );
    // Another tenant's learner, through their own tenant or the owner's: not found, and nothing changes.
    for (const ctx of [belgian.ctx, kenyan.ctx]) {
      await expect(renameSavedSearch(ctx, belgian.userId, mine.id, { name: "Hijacked" })).rejects.toBeInstanceOf(
        NotFound,
      );
      await expect(setDefaultSearch(ctx, belgian.userId, mine.id)).rejects.toBeInstanceOf(NotFound);
      await expect(deleteSavedSearch(ctx, belgian.userId, mine.id)).rejects.toBeInstanceOf(NotFound);
    }
    const after = (await listSavedSearches(kenyan.ctx, kenyan.userId)).find((s) => s.id === mine.id)!;
    expect(after).toMatchObject({ name: "Renamed", query: "customs", isDefault: false });
  });
});
