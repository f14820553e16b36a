// A table as a downloadable CSV, Excel or PDF response, for the export route handlers.
import type { Locale } from "@/lib/i18n/locales";
import { toCsv, toPdf, toXlsx, type Table } from "./table-export";

export type ExportFormat = "csv" | "xlsx" | "pdf";

export function exportFormat(value: string | null): ExportFormat | null {
  return value === "csv" || value === "xlsx" || value === "pdf" ? value : null;
}

export async function tableResponse(
  table: Table,
  format: ExportFormat,
  options: { fileName: string; locale: Locale; subtitle: string; pageLabel: string },
): Promise<Response> {
  const headers = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };
  const disposition = (extension: string) => `attachment; filename="${options.fileName}.${extension}"`;
  if (format === "csv") {
    return new Response(toCsv(table), {
      headers: { ...headers, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": disposition("csv") },
    });
  }
  if (format === "pdf") {
    const pdf = await toPdf(table, {
      locale: options.locale,
      subtitle: options.subtitle,
      pageLabel: options.pageLabel,
    });
    return new Response(Buffer.from(pdf), {
      headers: { ...headers, "Content-Type": "application/pdf", "Content-Disposition": disposition("pdf") },
    });
  }
  return new Response(Buffer.from(await toXlsx(table)), {
    headers: {
      ...headers,
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": disposition("xlsx"),
    },
  });
}

/** Rows an export holds at most: a PDF of thousands of pages helps nobody and ties up a rendering worker. */
export const EXPORT_ROW_LIMIT: Record<ExportFormat, number> = { csv: 100_000, xlsx: 100_000, pdf: 2_000 };
