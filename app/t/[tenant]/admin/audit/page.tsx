import { getFormatter, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/catalogue/pagination";
import { DataTable } from "@/components/tables/data-table";
import { requireWcoAdmin } from "@/lib/auth/request-context";
import { listAuditEvents } from "@/lib/console/audit-log";

const json = (value: unknown) => (value === null || value === undefined ? "" : JSON.stringify(value, null, 1));

// Every administrative action, newest first: who, when, what, and the values before and after.
export default async function AuditLogPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const { viewer } = await requireWcoAdmin("/admin/audit");
  const params = await searchParams;
  const [t, format] = await Promise.all([getTranslations("Console"), getFormatter()]);
  const result = await listAuditEvents(viewer, { page: Number.parseInt(String(params.page ?? "1"), 10) || 1 });
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("audit")}</h1>
      {result.events.length === 0 ? (
        <p className="rounded border border-slate-200 bg-white p-4">{t("noEvents")}</p>
      ) : (
        <div className="overflow-x-auto">
          <DataTable
            caption={t("audit")}
            className="text-sm"
            columns={[{ label: t("when") }, { label: t("who") }, { label: t("action") }, { label: t("name") }, { label: t("before") }, { label: t("after") }]}
          >
            {result.events.map((event) => (
              <tr key={event.id} className="border-b border-slate-100 align-top" data-testid="audit-row">
                <td className="p-2 whitespace-nowrap"><time dateTime={event.createdAt.toISOString()}>{format.dateTime(event.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time></td>
                <td className="p-2">{event.actorName}</td>
                <td className="p-2"><code>{event.action}</code></td>
                <td className="p-2">{event.administration}</td>
                <td className="p-2"><pre dir="ltr" className="max-w-xs whitespace-pre-wrap break-all">{json(event.before)}</pre></td>
                <td className="p-2"><pre dir="ltr" className="max-w-xs whitespace-pre-wrap break-all">{json(event.after)}</pre></td>
              </tr>
            ))}
          </DataTable>
        </div>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} params={new URLSearchParams()} />
    </div>
  );
}
