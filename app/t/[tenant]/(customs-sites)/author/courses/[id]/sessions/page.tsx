import { getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/tables/data-table";
import { sessionsForAuthor } from "@/lib/workshops/author-sessions";
import { formatSessionDates, toZonedInput } from "@/lib/i18n/zoned-time";
import { DeleteSessionForm, InformationFormEditor, SessionForm, type SessionValues } from "./session-forms";
import { loadPage, orNotFound } from "@/lib/http/load-page";
import { authorOn } from "@/lib/authoring/author";
import { ButtonLink } from "@/components/ui/button-link";
import { PageTitle } from "@/components/ui/page-title";
import { EmptyState } from "@/components/ui/empty-state";
import { TextLink } from "@/components/ui/text-link";
import { deleteSessionAction, saveSessionAction, saveWorkshopFormAction } from "./actions";

const EMPTY: SessionValues = {
  timeZone: "",
  startsAt: "",
  endsAt: "",
  applicationsCloseAt: "",
  place: "",
  onlineUrl: "",
  capacity: "",
};

// The sessions of a workshop course (add, edit, delete) and the information form its accepted candidates fill.
export default async function WorkshopSessionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ edit?: string }>;
}) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const { site, viewer } = await loadPage({ signIn: `/author/courses/${id}/sessions`, can: "authoring.author" });
  const author = authorOn(site, viewer);
  const data = await orNotFound(sessionsForAuthor(author, id));
  const [t, locale] = await Promise.all([getTranslations("Workshops"), getLocale()]);
  const title =
    data.course.titles[locale] ?? data.course.titles.en ?? Object.values(data.course.titles)[0] ?? data.course.code;
  const editing = data.sessions.find((s) => s.id === query.edit) ?? null;
  const initial: SessionValues = editing
    ? {
        timeZone: editing.timeZone,
        startsAt: toZonedInput(editing.startsAt, editing.timeZone),
        endsAt: toZonedInput(editing.endsAt, editing.timeZone),
        applicationsCloseAt: editing.applicationsCloseAt
          ? toZonedInput(editing.applicationsCloseAt, editing.timeZone)
          : "",
        place: editing.place ?? "",
        onlineUrl: editing.onlineUrl ?? "",
        capacity: String(editing.capacity),
      }
    : EMPTY;
  return (
    <div className="space-y-6">
      <p className="flex flex-wrap gap-4">
        <TextLink href={`/author/courses/${id}`}>{t("author.backToCourse")}</TextLink>
        <TextLink href="/admin/workshops">{t("selection.menu")}</TextLink>
      </p>
      <PageTitle>{t("author.title", { course: title })}</PageTitle>
      <datalist id="time-zones">
        {Intl.supportedValuesOf("timeZone").map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      {data.sessions.length === 0 ? (
        <EmptyState>{t("author.noSessions")}</EmptyState>
      ) : (
        <div className="overflow-x-auto">
          <DataTable
            caption={t("sessionsTitle")}
            className="text-sm"
            columns={[
              { label: t("selection.session") },
              { label: t("where") },
              { label: t("author.capacity"), align: "end" },
              { label: t("author.applicationsCloseAt") },
              { label: t("selection.actions") },
            ]}
          >
            {data.sessions.map((s) => {
              const dates = formatSessionDates(s, locale);
              return (
                <tr key={s.id} className="border-b border-slate-100 align-top" data-testid="session-row">
                  <td className="p-2">{dates}</td>
                  <td className="p-2 break-all">{[s.place, s.onlineUrl].filter(Boolean).join(" · ")}</td>
                  <td className="p-2 text-end">{s.capacity}</td>
                  <td className="p-2">
                    {s.applicationsCloseAt
                      ? new Intl.DateTimeFormat(locale, {
                          dateStyle: "medium",
                          timeStyle: "short",
                          timeZone: s.timeZone,
                        }).format(s.applicationsCloseAt)
                      : ""}
                  </td>
                  <td className="p-2">
                    <div className="flex flex-wrap items-center gap-2">
                      <ButtonLink
                        href={`?edit=${s.id}`}
                        variant="secondary"
                        size="xs"
                        aria-label={t("author.editSession", { date: dates })}
                      >
                        {t("author.edit")}
                      </ButtonLink>
                      <DeleteSessionForm
                        save={deleteSessionAction.bind(null, id, s.id)}
                        label={t("author.deleteOf", { date: dates })}
                      />
                    </div>
                  </td>
                </tr>
              );
            })}
          </DataTable>
        </div>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <SessionForm
          key={editing?.id ?? "new"}
          save={saveSessionAction.bind(null, id, editing?.id ?? null)}
          sessionId={editing?.id ?? null}
          initial={initial}
          title={
            editing ? t("author.editSession", { date: formatSessionDates(editing, locale) }) : t("author.addSession")
          }
        />
        <InformationFormEditor save={saveWorkshopFormAction.bind(null, id)} form={data.form} />
      </div>
    </div>
  );
}
