import { ArrowRight } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/catalogue/pagination";
import { DataTable } from "@/components/tables/data-table";
import { auditChanges, type AuditChange, type AuditValue } from "@/lib/console/audit-changes";
import { auditFieldLabel, type FieldTranslator } from "@/lib/console/audit-field-label";
import type { AuditPage } from "@/lib/console/audit-page";
import { EmptyState } from "@/components/ui/empty-state";

function ChangeList({
  changes,
  t,
  fields,
}: {
  changes: AuditChange[];
  t: (key: string) => string;
  fields: FieldTranslator;
}) {
  if (changes.length === 0) return <span className="text-slate-600">{t("noChange")}</span>;
  const shown = (value: AuditValue) =>
    value === undefined || value === null || value === ""
      ? t("valueEmpty")
      : typeof value === "boolean"
        ? t(value ? "valueYes" : "valueNo")
        : String(value);
  return (
    <dl className="grid max-w-md gap-y-1" data-testid="audit-changes">
      {changes.map((change) => (
        <div key={change.field} data-testid="audit-change">
          <dt className="font-medium">{auditFieldLabel(change.field, fields)}</dt>
          <dd className="break-words">
            <span className="sr-only">{t("before")}: </span>
            <span className="text-slate-600">{shown(change.before)}</span>
            <ArrowRight size={14} aria-hidden="true" className="mx-1 inline rtl:rotate-180" />
            <span className="sr-only">{t("after")}: </span>
            <span>{shown(change.after)}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** A page of the audit log: when, who, what, the administration (when several), and each field that changed. */
export async function AuditLogTable({
  result,
  caption,
  showAdministration,
}: {
  result: AuditPage;
  caption: string;
  showAdministration: boolean;
}) {
  const [t, fields, format] = await Promise.all([
    getTranslations("Console"),
    getTranslations("Console.auditField"),
    getFormatter(),
  ]);
  if (result.events.length === 0) return <EmptyState>{t("noEvents")}</EmptyState>;
  return (
    <>
      <DataTable
        caption={caption}
        className="text-sm"
        columns={[
          { label: t("when") },
          { label: t("who") },
          { label: t("action") },
          ...(showAdministration ? [{ label: t("name") }] : []),
          { label: t("changes") },
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
              <ChangeList changes={auditChanges(event.before, event.after)} t={t} fields={fields as FieldTranslator} />
            </td>
          </tr>
        ))}
      </DataTable>
      <Pagination page={result.page} pageCount={result.pageCount} params={new URLSearchParams()} />
    </>
  );
}
