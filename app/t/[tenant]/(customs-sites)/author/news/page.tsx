import { X } from "lucide-react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { RichText } from "@/components/rich-text";
import { LocaleTabs } from "@/components/forms/locale-tabs";
import { listAllNews } from "@/lib/news/list-all-news";
import { LOCALE_NAMES, LOCALES, isLocale, type Locale } from "@/lib/i18n/locales";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { editNewsAction } from "./actions";
import { NewsForm } from "./news-form";
import { loadPage } from "@/lib/http/load-page";
import { authorOn } from "@/lib/authoring/author";
import { PageTitle } from "@/components/ui/page-title";
import { Notice } from "@/components/ui/notice";
import { EmptyState } from "@/components/ui/empty-state";
import { Panel } from "@/components/ui/panel";
import { TextLink } from "@/components/ui/text-link";

const languageName = (l: string) => (isLocale(l) ? LOCALE_NAMES[l] : l);

// The site's news, written by its authors and shown on its home page, each item in every language.
// `?edit=<id>&locale=<l>` opens an item's form in language l (its original one by default) in place of the form
// that writes a new one, with a tab per language; those not translated yet are marked, here and in the list.
export default async function NewsPage({
  searchParams,
}: {
  searchParams: Promise<{ error?: string; edit?: string; locale?: string }>;
}) {
  const { site, viewer } = await loadPage({ signIn: "/author/news", can: "authoring.author" });
  const author = authorOn(site, viewer);
  const [t, format, uiLocale, query] = await Promise.all([
    getTranslations("News"),
    getFormatter(),
    getLocale(),
    searchParams,
  ]);
  const news = await listAllNews(author, uiLocale);
  const editing = news.find((item) => item.id === query.edit);
  const editLocale: Locale = isLocale(query.locale)
    ? query.locale
    : editing && isLocale(editing.originalLocale)
      ? editing.originalLocale
      : "en";
  const editText = editing?.translations.find((tr) => tr.locale === editLocale) ?? null;
  const missing = (item: (typeof news)[number]) =>
    LOCALES.filter((l) => !item.translations.some((tr) => tr.locale === l));
  return (
    <div className="space-y-6">
      <p>
        <TextLink href="/author/courses">{t("backToCourses")}</TextLink>
      </p>
      <PageTitle>{t("title")}</PageTitle>
      {query.error === "notFound" ? <Notice tone="error">{t("gone")}</Notice> : null}
      {editing ? (
        <div className="space-y-3">
          <LocaleTabs
            label={t("languages")}
            current={editLocale}
            written={editing.translations.map((tr) => tr.locale)}
            untranslated={t("untranslated")}
            href={(l) => `/author/news?edit=${editing.id}&locale=${l}#news-form-title`}
          />
          <p className="text-sm text-slate-600">{t("original", { language: languageName(editing.originalLocale) })}</p>
          {editText ? null : (
            <p className="rounded bg-amber-50 p-3 text-sm text-amber-900">
              {t("untranslatedHint", {
                language: LOCALE_NAMES[editLocale],
                original: languageName(editing.originalLocale),
              })}
            </p>
          )}
          <NewsForm
            key={`${editing.id}-${editLocale}`}
            edit={{ save: editNewsAction.bind(null, editing.id), locale: editLocale, text: editText }}
          />
          <TextLink href="/author/news">{t("doneEditing")}</TextLink>
        </div>
      ) : (
        <NewsForm />
      )}
      {news.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <ul className="space-y-3">
          {news.map((item) => (
            <Panel as="li" className="space-y-2" key={item.id} data-testid="news-item">
              <div className="flex flex-wrap items-center gap-2">
                <h2 className="flex-1 text-lg font-semibold" dir="auto" lang={item.locale}>
                  {item.title}
                </h2>
                <span className="text-sm text-slate-600">
                  {languageName(item.locale)} · {format.dateTime(item.publishedAt, { dateStyle: "medium" })}
                </span>
                <TextLink
                  href={`/author/news?edit=${item.id}#news-form-title`}
                  aria-label={t("edit", { title: item.title })}
                >
                  {t("editShort")}
                </TextLink>
                <form action={`/api/author/news/${item.id}/remove`} method="post">
                  <ConfirmButton
                    question={t("removeConfirm", { title: item.title })}
                    variant="danger"
                    size="icon"
                    aria-label={t("remove", { title: item.title })}
                  >
                    <X size={16} aria-hidden="true" />
                  </ConfirmButton>
                </form>
              </div>
              <div lang={item.locale}>
                <RichText source={item.body} />
              </div>
              {missing(item).length ? (
                <p className="text-sm text-slate-600" data-testid="news-untranslated">
                  {t("untranslatedIn", { languages: missing(item).map(languageName).join(", ") })}
                </p>
              ) : null}
            </Panel>
          ))}
        </ul>
      )}
    </div>
  );
}
