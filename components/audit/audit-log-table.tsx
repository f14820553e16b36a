import { getFormatter, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/catalogue/pagination";
import { DataTable } from "@/components/tables/data-table";
import type { AuditPage } from "@/lib/console/audit-page";
import { EmptyState } from "@/components/ui/empty-state";

const json = (value: unknown) => (value === null || value === undefined ? "" : JSON.stringify(value, null, 1));

/** A page of the audit log: when, who, what, the administration (when several), before and after. */
export async function AuditLogTable({
  result,
  caption,
  showAdministration,
}: {
  result: AuditPage;
  caption: string;
  showAdministration: boolean;
}) {
  const [t, format] = await Promise.all([getTranslations("Console"), getFormatter()]);
  if (result.events.length === 0) return <EmptyState>{t("noEvents")}</EmptyState>;
  return (
    <>
      <div className="overflow-x-auto">
        <DataTable
          caption={caption}
          className="text-sm"
          columns={[
            { label: t("when") },
            { label: t("who") },
            { label: t("action") },
            ...(showAdministration ? [{ label: t("name") }] : []),
            { label: t("before") },
            { label: t("after") },
          ]}
        >
          {result.events.map((event) => (
            <tr key={event.id} className="border-b border-slate-100 align-top" data-testid="audit-row">
              <td className="p-2 whitespace-nowrap">
                <time dateTime={event.createdAt.toISOString()}>
                  {format.dateTime(event.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </time>
              </td>
              <td className="p-2">{event.actorName}</td>
              <td className="p-2">
                <code>{event.action}</code>
              </td>
              {showAdministration ? <td className="p-2">{event.administration}</td> : null}
              <td className="p-2">
                <pre dir="ltr" className="max-w-xs whitespace-pre-wrap break-all">
                  {json(event.before)}
                </pre>
              </td>
              <td className="p-2">
                <pre dir="ltr" className="max-w-xs whitespace-pre-wrap break-all">
                  {json(event.after)}
                </pre>
              </td>
            </tr>
          ))}
        </DataTable>
      </div>
      <Pagination page={result.page} pageCount={result.pageCount} params={new URLSearchParams()} />
    </>
  );
}
