import ExcelJS from "exceljs";
import { enrolInCourse } from "@/lib/learning/enrol-in-course";
import { listMyCourses } from "@/lib/learning/list-my-courses";
import { recordOfLearningTable } from "@/lib/learning/record-of-learning-table";
import { toCsv, toXlsx } from "@/lib/reports/table-export";
import { scopeOfUser } from "../helpers/scopes";
import { setUpTestDatabase } from "../helpers/test-database";

const db = setUpTestDatabase();
const labels = { title: "Record of Learning", header: ["Type", "Course", "Due date", "Completed", "Status", "Progress"], type: (t: string) => t, status: (s: string) => s };

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
    expect(lines.slice(1).sort()).toEqual(["ELEARNING,PLDA : traitement des déclarations,,,IN_PROGRESS,0", "ELEARNING,Valeur en douane : l'Accord de l'OMC sur l'évaluation,,,IN_PROGRESS,0"].sort());
  });

  it("exports Excel that a reader library opens with the same rows", async () => {
    const table = await belgianRecord();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await toXlsx(table)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const rows = sheet.getSheetValues().filter(Boolean).map((row) => (row as unknown[]).slice(1));
    expect(rows[0]).toEqual(table.header);
    expect(rows.slice(1).map((r) => r[1]).sort()).toEqual(table.rows.map((r) => r[1]).sort());
  });

  it("neutralises cells that a spreadsheet would run as formulas", () => {
    const csv = toCsv({ title: "t", header: ["a"], rows: [["=HYPERLINK(\"http://evil\")"], ["+1"], ["plain, with comma"]] });
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).toContain("'+1");
    expect(csv).toContain('"plain, with comma"');
  });
});
