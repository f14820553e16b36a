import { getLocale, getTranslations } from "next-intl/server";
import { LocaleTabs } from "@/components/forms/locale-tabs";
import { topicNames } from "@/lib/catalogue/topic-names";
import { LOCALE_NAMES, isLocale } from "@/lib/i18n/locales";
import { SettingsForm, TextForm } from "../course-forms";
import { OutlineEditor } from "./outline-editor";
import { CourseImageForm } from "./course-image-form";
import { courseImage } from "@/lib/catalogue/course-image";
import { viewCourseEditor } from "@/lib/modules/view-course-editor";
import { loadPage, orNotFound } from "@/lib/http/load-page";
import { authorOn } from "@/lib/authoring/author";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { SectionTitle } from "@/components/ui/section-title";
import { Panel } from "@/components/ui/panel";
import { TextLink } from "@/components/ui/text-link";
import { saveSettingsAction, saveTextAction } from "../actions";

// Editing one course: settings, texts language by language, the outline, and publishing.
export default async function EditCoursePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ locale?: string; error?: string; saved?: string; alt?: string; decorative?: string }>;
}) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const { site, viewer } = await loadPage({ signIn: `/author/courses/${id}`, can: "authoring.author" });
  const author = authorOn(site, viewer);
  const { course, outline, contents } = await orNotFound(viewCourseEditor(author, id));
  const [t, fields, uiLocale] = await Promise.all([
    getTranslations("Authoring"),
    getTranslations("Fields"),
    getLocale(),
  ]);
  const locale = isLocale(query.locale) ? query.locale : isLocale(uiLocale) ? uiLocale : "en";
  const topics = [...(await topicNames(uiLocale))].map(([slug, name]) => ({ slug, name }));
  const text = course.translations.find((tr) => tr.locale === locale) ?? {
    locale,
    title: "",
    summary: "",
    description: "",
    objectives: [],
  };
  const heading =
    course.translations.find((tr) => tr.locale === uiLocale)?.title ?? course.translations[0]?.title ?? course.code;
  const published = course.status === "PUBLISHED";
  const errorKey =
    typeof query.error === "string" && /^[a-zA-Z]{1,40}$/.test(query.error) && fields.has(query.error)
      ? query.error
      : null;
  // A refusal of the image form is shown on its field there; any other one at the top of the page.
  const imageError = errorKey?.startsWith("image")
    ? { field: errorKey.startsWith("imageAlt") ? ("imageAlt" as const) : ("image" as const), message: fields(errorKey) }
    : null;
  return (
    <div className="space-y-6">
      <p>
        <TextLink href="/author/courses">{author.core ? t("coreTitle") : t("ownTitle")}</TextLink>
      </p>
      <div className="flex flex-wrap items-center gap-4">
        <h1 className="flex-1 text-3xl font-bold">
          {heading} <span className="text-lg font-normal text-slate-600">{course.code}</span>
        </h1>
        <span
          data-testid="course-status"
          className={`rounded px-2 py-1 text-sm font-medium ${published ? "bg-green-100 text-green-900" : "bg-slate-200 text-slate-800"}`}
        >
          {t(`statusValue.${course.status}`)}
        </span>
        <form action={`/api/author/courses/${id}/outline`} method="post">
          <input type="hidden" name="op" value={published ? "unpublish" : "publish"} />
          <input type="hidden" name="locale" value={locale} />
          <Button>{published ? t("unpublish") : t("publish")}</Button>
        </form>
        {published ? <TextLink href={`/courses/${id}`}>{t("view")}</TextLink> : null}
        {course.type === "ELEARNING" ? (
          <TextLink href={`/author/courses/${id}/interactions`}>
            {(await getTranslations("Interactions"))("authorLink")}
          </TextLink>
        ) : null}
        {course.type === "WORKSHOP" ? (
          <TextLink href={`/author/courses/${id}/sessions`}>
            {(await getTranslations("Workshops.author"))("link")}
          </TextLink>
        ) : null}
      </div>
      {errorKey && !imageError ? <Notice tone="error">{fields(errorKey)}</Notice> : null}
      {query.saved === "image" || query.saved === "imageRemoved" ? (
        <Notice tone="success">{t(query.saved === "image" ? "imageSaved" : "imageRemoved")}</Notice>
      ) : null}
      {query.saved === "created" || query.saved === "package" || query.saved === "content" ? (
        <Notice tone="success">
          {t(query.saved === "created" ? "created" : query.saved === "package" ? "packageSaved" : "contentSaved")}
        </Notice>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <SettingsForm save={saveSettingsAction.bind(null, id)} topics={topics} settings={course} />
        <Panel className="space-y-4" aria-labelledby="text-title">
          <SectionTitle id="text-title">{t("texts")}</SectionTitle>
          <LocaleTabs
            label={t("textLanguage")}
            current={locale}
            written={course.translations.map((tr) => tr.locale)}
            untranslated={t("untranslated")}
          />
          <TextForm key={locale} save={saveTextAction.bind(null, id)} text={text} />
        </Panel>
      </div>
      <CourseImageForm
        courseId={id}
        image={courseImage(course, locale, heading)}
        alt={
          imageError && typeof query.alt === "string"
            ? query.alt
            : (((course.imageAlt ?? {}) as Record<string, string>)[locale] ?? "")
        }
        decorative={imageError && typeof query.alt === "string" ? query.decorative === "on" : course.imageDecorative}
        locale={locale}
        error={imageError}
      />
      <section id="outline" aria-labelledby="outline-title" className="space-y-3">
        <h2 id="outline-title" className="text-2xl font-semibold">
          {t("outline")}
        </h2>
        <p className="text-sm text-slate-600">{t("outlineHint", { language: LOCALE_NAMES[locale] })}</p>
        <OutlineEditor courseId={id} outline={outline} locale={locale} contents={contents} />
      </section>
    </div>
  );
}
