import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/catalogue/pagination";
import { DataTable } from "@/components/tables/data-table";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Panel } from "@/components/ui/panel";
import { CountryFilter } from "../country-filter";
import { ReportHeader } from "./report-header";

export interface ReportColumn {
  label: string;
  align?: "end";
}

interface ReportViewProps {
  title: string;
  exportHref: string;
  /** The filters as they are in the address (the export and the pages keep them). */
  query: URLSearchParams;
  /** The report's own filter fields, laid out in the panel's grid. */
  filters: ReactNode;
  /** Below the grid (the columns shown, for a report that lets the reader choose). */
  moreFilters?: ReactNode;
  /** The country filter's value, for a WCO admin's report of every administration; null: no such filter. */
  country: string | null;
  report: { total: number; page: number; pageCount: number };
  columns: ReportColumn[];
  rows: Array<{ key: string; cells: ReactNode[] }>;
}

/** An NC report's page: its header, the filter panel (a GET form), the count, the table and its pages. */
export async function ReportView({
  title,
  exportHref,
  query,
  filters,
  moreFilters,
  country,
  report,
  columns,
  rows,
}: ReportViewProps) {
  const t = await getTranslations("Team");
  return (
    <div className="space-y-6">
      <ReportHeader title={title} exportHref={exportHref} query={query} />
      <Panel as="form" className="space-y-4" aria-label={t("filters")}>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {filters}
          {country !== null ? <CountryFilter value={country} className="mt-1 w-full" /> : null}
        </div>
        {moreFilters}
        <Button>{t("apply")}</Button>
      </Panel>
      <p role="status" data-testid="result-count">
        {t("rowCount", { count: report.total })}
      </p>
      {rows.length === 0 ? (
        <EmptyState>{t("noRows")}</EmptyState>
      ) : (
        <div className="overflow-x-auto">
          <DataTable caption={title} className="text-sm" columns={columns}>
            {rows.map((row) => (
              <tr key={row.key} className="border-b border-slate-100 align-top" data-testid="report-row">
                {row.cells.map((cell, index) => (
                  <td key={index} className={columns[index]?.align === "end" ? "p-2 text-end" : "p-2"}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </DataTable>
        </div>
      )}
      <Pagination page={report.page} pageCount={report.pageCount} params={query} />
    </div>
  );
}
