import { X } from "lucide-react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/catalogue/pagination";
import { LocaleTabs } from "@/components/forms/locale-tabs";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { Panel } from "@/components/ui/panel";
import { SectionTitle } from "@/components/ui/section-title";
import { TextLink } from "@/components/ui/text-link";
import { pageNumber } from "@/lib/discussions/schemas";
import { loadPage, orNotFound } from "@/lib/http/load-page";
import { LOCALE_NAMES, isLocale, type Locale } from "@/lib/i18n/locales";
import { viewAnnouncements } from "@/lib/information-point/view-announcements";
import { editAnnouncementAction, publishAnnouncementAction } from "./actions";
import { AnnouncementForm } from "./announcement-form";
import { InfoPointHeader } from "./info-point-nav";

const languageName = (l: string) => (isLocale(l) ? LOCALE_NAMES[l] : l);

// The National Coordinators' information point (the NC guide's "National Coordinators Information point"): the
// WCO Secretariat's announcements, newest first. WCO staff write them here, one language at a time
// (`?edit=<id>&locale=<l>`, a tab per language, those not written yet marked) (ADR 0048).
export default async function InformationPointPage({
  searchParams,
}: {
  searchParams: Promise<{ page?: string; edit?: string; locale?: string; done?: string; error?: string }>;
}) {
  const query = await searchParams;
  const entry = await loadPage({ signIn: "/information-point", can: "infoPoint.read" });
  const uiLocale = await getLocale();
  const view = await orNotFound(viewAnnouncements(entry, uiLocale, pageNumber(query.page)));
  const [t, fields, format] = await Promise.all([
    getTranslations("InfoPoint"),
    getTranslations("Fields"),
    getFormatter(),
  ]);
  const editing = view.publisher ? view.announcements.find((a) => a.id === query.edit) : undefined;
  const editLocale: Locale = isLocale(query.locale)
    ? query.locale
    : editing && isLocale(editing.originalLocale)
      ? editing.originalLocale
      : "en";
  const editText = editing?.texts.find((text) => text.locale === editLocale) ?? null;
  return (
    <article className="space-y-6">
      <InfoPointHeader current="announcements" />
      {query.done === "announcementRemoved" ? <Notice tone="success">{t("announcementRemoved")}</Notice> : null}
      {query.error === "announcementGone" ? <Notice tone="error">{fields("announcementGone")}</Notice> : null}
      {editing ? (
        <div className="space-y-3">
          <LocaleTabs
            label={t("languages")}
            current={editLocale}
            written={editing.written}
            untranslated={t("untranslated")}
            href={(l) => `/information-point?edit=${editing.id}&locale=${l}#announcement-form-title`}
          />
          {editText ? null : (
            <p className="rounded bg-amber-50 p-3 text-sm text-amber-900">
              {t("untranslatedHint", {
                language: LOCALE_NAMES[editLocale],
                original: languageName(editing.originalLocale),
              })}
            </p>
          )}
          <AnnouncementForm
            key={`${editing.id}-${editLocale}`}
            save={editAnnouncementAction.bind(null, editing.id)}
            edit={{ locale: editLocale, text: editText }}
          />
          <TextLink href="/information-point">{t("doneEditing")}</TextLink>
        </div>
      ) : view.publisher ? (
        <AnnouncementForm save={publishAnnouncementAction} />
      ) : null}
      <section aria-labelledby="announcements" className="space-y-3">
        <SectionTitle id="announcements">{t("section.announcements")}</SectionTitle>
        {view.announcements.length === 0 ? (
          <EmptyState>{t("noAnnouncements")}</EmptyState>
        ) : (
          <ul className="space-y-3">
            {view.announcements.map((item) => (
              <Panel as="li" className="space-y-2" key={item.id} data-testid="announcement">
                <div className="flex flex-wrap items-center gap-2">
                  <h3 className="flex-1 text-lg font-semibold" dir="auto" lang={item.locale}>
                    {item.title}
                  </h3>
                  <span className="text-sm text-slate-600">
                    {t("announcementMeta", {
                      author: item.authorName,
                      date: format.dateTime(item.publishedAt, { dateStyle: "medium" }),
                    })}
                  </span>
                  {view.publisher ? (
                    <>
                      <TextLink
                        href={`/information-point?edit=${item.id}#announcement-form-title`}
                        aria-label={t("editNamed", { title: item.title })}
                        className="inline-flex min-h-11 items-center"
                      >
                        {t("edit")}
                      </TextLink>
                      <form action={`/api/information-point/announcements/${item.id}/remove`} method="post">
                        <ConfirmButton
                          question={t("removeQuestion", { title: item.title })}
                          variant="danger"
                          size="icon"
                          aria-label={t("removeNamed", { title: item.title })}
                        >
                          <X size={16} aria-hidden="true" />
                        </ConfirmButton>
                      </form>
                    </>
                  ) : null}
                </div>
                {/* Sanitised on the server with the discussions' one allow-list when written (lib/discussions/format-post.ts). */}
                <div
                  className="discussion-post space-y-2"
                  lang={item.locale}
                  dir="auto"
                  dangerouslySetInnerHTML={{ __html: item.body }}
                />
                {item.missing.length ? (
                  <p className="text-sm text-slate-600" data-testid="announcement-untranslated">
                    {t("untranslatedIn", { languages: item.missing.map(languageName).join(", ") })}
                  </p>
                ) : null}
              </Panel>
            ))}
          </ul>
        )}
        <Pagination page={view.page} pageCount={view.pages} params={new URLSearchParams()} />
      </section>
    </article>
  );
}
