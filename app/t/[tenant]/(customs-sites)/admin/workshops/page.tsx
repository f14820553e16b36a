import { getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/tables/data-table";
import { listSelectionSessions } from "@/lib/workshops/list-selection-sessions";
import { loadPage } from "@/lib/http/load-page";
import { selectorOn } from "@/lib/workshops/selector";
import { PageTitle } from "@/components/ui/page-title";
import { EmptyState } from "@/components/ui/empty-state";
import { TextLink } from "@/components/ui/text-link";
import { formatSessionDates } from "@/lib/i18n/zoned-time";

// The sessions of the workshops the viewer selects for, with their numbers of candidates.
export default async function WorkshopSelectionPage() {
  const { site, viewer } = await loadPage({ signIn: "/admin/workshops", can: "workshops.select" });
  const selector = selectorOn(site, viewer);
  const locale = await getLocale();
  const [t, sessions] = await Promise.all([
    getTranslations("Workshops.selection"),
    listSelectionSessions(selector, locale),
  ]);
  return (
    <div className="space-y-6">
      <PageTitle>{t("title")}</PageTitle>
      <p className="text-slate-700">{t("intro")}</p>
      {sessions.length === 0 ? (
        <EmptyState>{t("noSessions")}</EmptyState>
      ) : (
        <div className="overflow-x-auto">
          <DataTable
            caption={t("title")}
            className="text-sm"
            columns={[
              { label: t("course") },
              { label: t("session") },
              { label: t("capacity"), align: "end" },
              { label: t("inProgress"), align: "end" },
              { label: t("toDecide"), align: "end" },
              { label: t("selected"), align: "end" },
              { label: t("waiting"), align: "end" },
              { label: t("notSelected"), align: "end" },
              { label: t("actions") },
            ]}
          >
            {sessions.map((s) => {
              const dates = formatSessionDates(s, locale);
              return (
                <tr key={s.id} className="border-b border-slate-100 align-top" data-testid="selection-session">
                  <td className="p-2 font-medium">{s.title}</td>
                  <td className="p-2">{dates}</td>
                  <td className="p-2 text-end">{s.capacity}</td>
                  <td className="p-2 text-end">{s.counts.pending}</td>
                  <td className="p-2 text-end">{s.counts.submitted}</td>
                  <td className="p-2 text-end">{s.counts.selected}</td>
                  <td className="p-2 text-end">{s.counts.waiting}</td>
                  <td className="p-2 text-end">{s.counts.notSelected}</td>
                  <td className="p-2">
                    <TextLink
                      href={`/admin/workshops/${s.id}`}
                      aria-label={t("openSession", { date: `${s.title}, ${dates}` })}
                    >
                      {t("open")}
                    </TextLink>
                  </td>
                </tr>
              );
            })}
          </DataTable>
        </div>
      )}
    </div>
  );
}
