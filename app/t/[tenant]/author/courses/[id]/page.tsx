import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { LocaleTabs } from "@/components/forms/locale-tabs";
import { getOutline } from "@/lib/authoring/course-outline";
import { getAuthoredCourse } from "@/lib/authoring/list-authored-courses";
import { topicNames } from "@/lib/catalogue/topic-names";
import { NotFound } from "@/lib/errors";
import { LOCALE_NAMES, isLocale } from "@/lib/i18n/locales";
import { SettingsForm, TextForm } from "../course-forms";
import { requireAuthor } from "../guard";
import { OutlineEditor } from "./outline-editor";
import { saveSettingsAction, saveTextAction } from "../actions";

// Editing one course: settings, texts language by language, the outline, and publishing.
export default async function EditCoursePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ locale?: string; error?: string; saved?: string }> }) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const { author } = await requireAuthor(`/author/courses/${id}`);
  const [course, outline] = await Promise.all([getAuthoredCourse(author, id), getOutline(author, id)]).catch((error) => {
    if (error instanceof NotFound) notFound();
    throw error;
  });
  const [t, fields, uiLocale] = await Promise.all([getTranslations("Authoring"), getTranslations("Fields"), getLocale()]);
  const locale = isLocale(query.locale) ? query.locale : isLocale(uiLocale) ? uiLocale : "en";
  const topics = [...(await topicNames(uiLocale))].map(([slug, name]) => ({ slug, name }));
  const text = course.translations.find((tr) => tr.locale === locale) ?? { locale, title: "", summary: "", description: "", objectives: [] };
  const heading = course.translations.find((tr) => tr.locale === uiLocale)?.title ?? course.translations[0]?.title ?? course.code;
  const published = course.status === "PUBLISHED";
  const errorKey = typeof query.error === "string" && /^[a-zA-Z]{1,40}$/.test(query.error) && fields.has(query.error) ? query.error : null;
  return (
    <div className="space-y-6">
      <p><Link href="/author/courses" className="text-brand underline">{author.core ? t("coreTitle") : t("ownTitle")}</Link></p>
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="flex-1 text-3xl font-bold">{heading} <span className="text-lg font-normal text-slate-600">{course.code}</span></h1>
        <span data-testid="course-status" className={`rounded px-2 py-1 text-sm font-medium ${published ? "bg-green-100 text-green-900" : "bg-slate-200 text-slate-800"}`}>{t(`statusValue.${course.status}`)}</span>
        <form action={`/api/author/courses/${id}/outline`} method="post">
          <input type="hidden" name="op" value={published ? "unpublish" : "publish"} />
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-strong">{published ? t("unpublish") : t("publish")}</button>
        </form>
        {published ? <Link href={`/courses/${id}`} className="text-brand underline">{t("view")}</Link> : null}
        {course.type === "WORKSHOP" ? <Link href={`/author/courses/${id}/sessions`} className="text-brand underline">{(await getTranslations("Workshops.author"))("link")}</Link> : null}
      </div>
      {errorKey ? <p role="alert" className="rounded bg-red-50 p-3 text-red-900">{fields(errorKey)}</p> : null}
      {query.saved === "created" || query.saved === "package" ? <p role="status" className="rounded bg-green-50 p-3 text-green-900">{t(query.saved === "created" ? "created" : "packageSaved")}</p> : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <SettingsForm save={saveSettingsAction.bind(null, id)} topics={topics} settings={course} />
        <section className="space-y-4 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="text-title">
          <h2 id="text-title" className="text-xl font-semibold">{t("texts")}</h2>
          <LocaleTabs label={t("textLanguage")} current={locale} written={course.translations.map((tr) => tr.locale)} />
          <TextForm key={locale} save={saveTextAction.bind(null, id)} text={text} />
        </section>
      </div>
      <section id="outline" aria-labelledby="outline-title" className="space-y-3">
        <h2 id="outline-title" className="text-2xl font-semibold">{t("outline")}</h2>
        <p className="text-sm text-slate-600">{t("outlineHint", { language: LOCALE_NAMES[locale] })}</p>
        <OutlineEditor courseId={id} outline={outline} locale={locale} />
      </section>
    </div>
  );
}
