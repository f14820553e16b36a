import { X } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { RichText } from "@/components/rich-text";
import { listAllNews } from "@/lib/news/list-all-news";
import { LOCALE_NAMES, isLocale } from "@/lib/i18n/locales";
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

// The site's news, written by its authors and shown on its home page.
// `?edit=<id>` opens an item's form in place of the form that writes a new one.
export default async function NewsPage({ searchParams }: { searchParams: Promise<{ error?: string; edit?: string }> }) {
  const { site, viewer } = await loadPage({ signIn: "/author/news", can: "authoring.author" });
  const author = authorOn(site, viewer);
  const [t, format, news, { error, edit }] = await Promise.all([
    getTranslations("News"),
    getFormatter(),
    listAllNews(author),
    searchParams,
  ]);
  const editing = news.find((item) => item.id === edit);
  return (
    <div className="space-y-6">
      <p>
        <TextLink href="/author/courses">{t("backToCourses")}</TextLink>
      </p>
      <PageTitle>{t("title")}</PageTitle>
      {error === "notFound" ? <Notice tone="error">{t("gone")}</Notice> : null}
      {editing ? (
        <div className="space-y-2">
          <NewsForm key={editing.id} edit={{ save: editNewsAction.bind(null, editing.id), item: editing }} />
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
            <Panel as="li" className="space-y-2" key={item.id} data-testid="news-item" lang={item.locale}>
              <div className="flex flex-wrap items-center gap-2">
                <h2 className="flex-1 text-lg font-semibold" dir="auto">
                  {item.title}
                </h2>
                <span className="text-sm text-slate-600">
                  {isLocale(item.locale) ? LOCALE_NAMES[item.locale] : item.locale} ·{" "}
                  {format.dateTime(item.publishedAt, { dateStyle: "medium" })}
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
              <RichText source={item.body} />
            </Panel>
          ))}
        </ul>
      )}
    </div>
  );
}
