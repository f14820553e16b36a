// The NC reports' date filters, as the guide has them: "is after", "is before", "is between start of today and
// N days before today" and "… N days after today". Each is a URL parameter (`<prefix>After`, `<prefix>Before`,
// `<prefix>DaysBefore`, `<prefix>DaysAfter`); those given are combined (all must hold), so "after" and "before"
// make a period. Days are UTC days, like the stored timestamps; "today" is the day the report is generated.
import { Prisma } from "@/lib/db";
import { first, parseDay, utc } from "./enrolment-rows";

export const DATE_FILTER_OPERATORS = ["After", "Before", "DaysBefore", "DaysAfter"] as const;
export type DateFilterOperator = (typeof DATE_FILTER_OPERATORS)[number];

/** At most ten years either side of today. */
export const MAX_FILTER_DAYS = 3650;

/** The period a date must fall in: from (inclusive) and to (exclusive); null bounds are open. */
export interface DateRange {
  from: Date | null;
  to: Date | null;
}

const DAY_MS = 24 * 60 * 60_000;

/** The URL parameters of the date filter named `prefix`, for the report's links and exports. */
export const dateFilterKeys = (prefix: string): string[] => DATE_FILTER_OPERATORS.map((op) => `${prefix}${op}`);

function daysParam(value: string | undefined): number | null {
  if (value === undefined || !/^\d{1,4}$/.test(value.trim())) return null;
  const days = Number(value.trim());
  return days <= MAX_FILTER_DAYS ? days : null;
}

const later = (a: Date | null, b: Date) => (a && a > b ? a : b);
const earlier = (a: Date | null, b: Date) => (a && a < b ? a : b);

/**
 * The period named by the filter's parameters, ignoring malformed ones: "is after D" from the start of D (D
 * included), "is before D" until the start of D (D left out), "N days before today" from the start of the
 * day N days ago to the end of today, "N days after today" from the start of today to the end of the day N
 * days ahead.
 */
export function parseDateFilter(
  params: Record<string, string | string[] | undefined>,
  prefix: string,
  now: Date = new Date(),
): DateRange {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const tomorrow = new Date(today.getTime() + DAY_MS);
  let from: Date | null = null;
  let to: Date | null = null;
  const after = parseDay(first(params[`${prefix}After`]));
  if (after) from = later(from, after);
  const before = parseDay(first(params[`${prefix}Before`]));
  if (before) to = earlier(to, before);
  const daysBefore = daysParam(first(params[`${prefix}DaysBefore`]));
  if (daysBefore !== null) {
    from = later(from, new Date(today.getTime() - daysBefore * DAY_MS));
    to = earlier(to, tomorrow);
  }
  const daysAfter = daysParam(first(params[`${prefix}DaysAfter`]));
  if (daysAfter !== null) {
    from = later(from, today);
    to = earlier(to, new Date(tomorrow.getTime() + daysAfter * DAY_MS));
  }
  return { from, to };
}

export const NO_DATE_FILTER: DateRange = { from: null, to: null };

/** SQL conditions for `column` within the period; a row without the date never matches a bounded period. */
export function dateRangeSql(column: Prisma.Sql, range: DateRange): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (range.from) conditions.push(Prisma.sql`${column} >= ${utc(range.from)}`);
  if (range.to) conditions.push(Prisma.sql`${column} < ${utc(range.to)}`);
  return conditions;
}
