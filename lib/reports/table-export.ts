// Exports a table (header row + rows) as CSV, Excel or PDF. CSV cells that a spreadsheet would read as a
// formula are prefixed with an apostrophe (CSV injection).
import ExcelJS from "exceljs";
import { type Locale, textDirection } from "@/lib/i18n/locales";
import { renderPdf } from "@/lib/pdf/render-pdf";

export type Cell = string | number | Date | null;
export interface Table {
  title: string;
  header: string[];
  rows: Cell[][];
  /** Relative column widths for the PDF (equal when absent). */
  widths?: number[];
}

const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: Cell): string {
  if (value === null) return "";
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  const safe = typeof value === "string" && FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(table: Table): string {
  // The byte order mark lets spreadsheet programs read UTF-8 names (accents, Cyrillic, Arabic) correctly.
  return `\uFEFF${[table.header, ...table.rows].map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

export async function toXlsx(table: Table): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(table.title.slice(0, 31));
  sheet.addRow(table.header).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  sheet.columns.forEach((column) => (column.width = 24));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The table as an A4 landscape PDF in the reader's language (right to left for Arabic). */
export async function toPdf(
  table: Table,
  options: { locale: Locale; subtitle: string; pageLabel: string },
): Promise<Uint8Array> {
  const dateFormat = new Intl.DateTimeFormat(options.locale, { dateStyle: "medium", timeZone: "UTC" });
  // Bidirectional marks that Intl puts in Arabic dates are dropped: the PDF layout orders the digits itself.
  const date = (value: Date) => dateFormat.format(value).replace(/[\u200e\u200f\u061c]/g, "");
  const text = (value: Cell) => (value === null ? "" : value instanceof Date ? date(value) : String(value));
  return renderPdf("table", {
    title: table.title,
    subtitle: options.subtitle,
    header: table.header,
    widths: table.widths,
    rows: table.rows.map((row) => row.map(text)),
    rtl: textDirection(options.locale) === "rtl",
    pageLabel: options.pageLabel,
  });
}
