// "NC - Course Report": who took which course, when they completed it and when they last signed in.
// Filters: course name contains, completion date from / to, minimum grade, overdue required learning only.
// Deleted users' enrolments stay as anonymous rows.
import { Prisma } from "@/lib/db";
import type { Table } from "@/lib/reports/table-export";
import { containsPattern } from "../name-search";
import { countryFilter } from "../managed-users";
import { inTeamTransaction, teamScope, type Manager, type TeamScope } from "../team-scope";
import {
  countRows,
  courseTitlesSql,
  first,
  managedEnrolmentsSql,
  pageWindow,
  parseDay,
  utc,
  type ReportPage,
} from "./enrolment-rows";

export const COURSE_REPORT_COLUMNS = [
  "country",
  "course",
  "user",
  "completedAt",
  "grade",
  "dueAt",
  "overdue",
  "lastLogin",
] as const;
export type CourseReportColumn = (typeof COURSE_REPORT_COLUMNS)[number];

export interface CourseReportFilters {
  course: string;
  completedFrom: Date | null;
  /** Inclusive: the whole day counts. */
  completedTo: Date | null;
  /** Only completions graded at least this (percent). */
  minGrade: number | null;
  country: string | null;
  /** Only enrolments past their due date and not completed. */
  overdue: boolean;
}

export interface CourseReportRow {
  course: string;
  courseCode: string;
  country: string;
  firstName: string;
  lastName: string;
  /** An anonymised account: shown as "Deleted user". */
  deleted: boolean;
  completedAt: Date | null;
  /** The grade at completion (percent), for courses with quizzes. */
  grade: number | null;
  /** The due date of required learning. */
  dueAt: Date | null;
  /** Past its due date and not completed. */
  overdue: boolean;
  lastLoginAt: Date | null;
}

export function parseCourseReportFilters(params: Record<string, string | string[] | undefined>): CourseReportFilters {
  return {
    course: String(first(params.course) ?? "")
      .trim()
      .slice(0, 100),
    completedFrom: parseDay(first(params.completedFrom)),
    completedTo: parseDay(first(params.completedTo)),
    minGrade: gradeParam(first(params.minGrade)),
    country: first(params.country) ?? null,
    overdue: first(params.overdue) === "1",
  };
}

const DAY_MS = 24 * 60 * 60_000;

function gradeParam(value: string | undefined): number | null {
  const grade = value === undefined || value.trim() === "" ? Number.NaN : Number(value);
  return Number.isFinite(grade) && grade >= 0 && grade <= 100 ? grade : null;
}

// The courses matching the name filter, with their titles: a small set, hash-joined to the enrolments.
function coursesSql(scope: TeamScope, filters: CourseReportFilters): Prisma.Sql {
  if (!filters.course) return courseTitlesSql(scope.locale);
  const pattern = containsPattern(filters.course);
  return Prisma.sql`SELECT * FROM (${courseTitlesSql(scope.locale)}) t WHERE t."title" ILIKE ${pattern} OR t."code" ILIKE ${pattern}`;
}

/** Past its due date and not completed, at `now`. */
const overdueSql = (now: Date) =>
  Prisma.sql`(e."dueAt" IS NOT NULL AND e."dueAt" < ${utc(now)} AND e."completedAt" IS NULL)`;

function whereSql(scope: TeamScope, filters: CourseReportFilters, now: Date): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (filters.overdue) conditions.push(overdueSql(now));
  if (filters.completedFrom) conditions.push(Prisma.sql`e."completedAt" >= ${utc(filters.completedFrom)}`);
  if (filters.completedTo)
    conditions.push(Prisma.sql`e."completedAt" < ${utc(new Date(filters.completedTo.getTime() + DAY_MS))}`);
  if (filters.minGrade !== null) conditions.push(Prisma.sql`e."grade" >= ${filters.minGrade}`);
  return managedEnrolmentsSql(
    scope,
    { country: countryFilter(scope, filters.country), withDeleted: true },
    conditions,
    Prisma.sql`JOIN courses k ON k."id" = e."courseId"`,
  );
}

async function query(
  manager: Manager,
  filters: CourseReportFilters,
  cut: (total: number) => { offset: number; limit: number },
) {
  const scope = teamScope(manager);
  return inTeamTransaction(scope, "NC course report", async (tx) => {
    const courses = Prisma.sql`WITH courses AS MATERIALIZED (${coursesSql(scope, filters)})`;
    const now = new Date();
    const from = whereSql(scope, filters, now);
    const total = await countRows(tx, Prisma.sql`${courses} SELECT count(*)::int AS "total" ${from}`);
    const { offset, limit } = cut(total);
    const rows = await tx.$queryRaw<CourseReportRow[]>`
      ${courses}
      SELECT k."title" AS "course", k."code" AS "courseCode", ut."name" AS "country",
             u."firstName", u."lastName", (u."status" = 'DELETED') AS "deleted",
             e."completedAt", e."grade", e."dueAt", ${overdueSql(now)} AS "overdue", u."lastLoginAt"
      ${from}
      ORDER BY k."title", k."id", (u."status" = 'DELETED'), u."lastName", u."firstName", e."id"
      LIMIT ${limit} OFFSET ${offset}`;
    return { rows, total, platform: scope.kind === "platform" };
  });
}

export async function courseReport(
  manager: Manager,
  filters: CourseReportFilters,
  page: number,
): Promise<ReportPage<CourseReportRow>> {
  let win = pageWindow(0, page);
  const result = await query(manager, filters, (total) => (win = pageWindow(total, page)));
  return { ...result, page: win.page, pageCount: win.pageCount };
}

export function courseReportExport(manager: Manager, filters: CourseReportFilters, limit: number) {
  return query(manager, filters, () => ({ offset: 0, limit }));
}

export function courseReportColumns(platform: boolean): CourseReportColumn[] {
  return COURSE_REPORT_COLUMNS.filter((column) => platform || column !== "country");
}

export function courseReportTable(
  rows: CourseReportRow[],
  platform: boolean,
  labels: { title: string; header: Record<CourseReportColumn, string>; deletedUser: string; overdue: string },
): Table {
  const columns = courseReportColumns(platform);
  const cell = (row: CourseReportRow, column: CourseReportColumn) => {
    switch (column) {
      case "course":
        return row.course;
      case "country":
        return row.country;
      case "user":
        return row.deleted ? labels.deletedUser : `${row.firstName} ${row.lastName}`;
      case "completedAt":
        return row.completedAt;
      case "grade":
        return row.grade;
      case "dueAt":
        return row.dueAt;
      case "overdue":
        return row.overdue ? labels.overdue : "";
      case "lastLogin":
        return row.lastLoginAt;
    }
  };
  const width: Record<CourseReportColumn, number> = {
    country: 1.2,
    course: 3,
    user: 1.8,
    completedAt: 1,
    grade: 0.8,
    dueAt: 1,
    overdue: 0.8,
    lastLogin: 1,
  };
  return {
    title: labels.title,
    header: columns.map((column) => labels.header[column]),
    widths: columns.map((column) => width[column]),
    rows: rows.map((row) => columns.map((column) => cell(row, column))),
  };
}
