import ExcelJS from "exceljs";
import { enrolInCourse } from "@/lib/learning/enrol-in-course";
import { listMyCourses } from "@/lib/learning/list-my-courses";
import { recordOfLearningTable } from "@/lib/learning/record-of-learning-table";
import { deleteSavedSearch } from "@/lib/learning/delete-saved-search";
import { listSavedSearches } from "@/lib/learning/list-saved-searches";
import { saveSearch } from "@/lib/learning/save-search";
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
    await deleteSavedSearch(coordinator.ctx, coordinator.userId, saved[0].id);
    expect(await listSavedSearches(belgian.ctx, belgian.userId)).toHaveLength(1);
    const kenyan = await scopeOfUser(db.owner, "ke.learner");
    expect(await listSavedSearches(kenyan.ctx, belgian.userId)).toEqual([]);
    await deleteSavedSearch(belgian.ctx, belgian.userId, saved[0].id);
    expect(await listSavedSearches(belgian.ctx, belgian.userId)).toEqual([]);
  });
});
