import { getTranslations } from "next-intl/server";
import { LOCALES, LOCALE_NAMES } from "@/lib/i18n/locales";
import { RESOURCE_ACCEPT } from "@/lib/modules/file-types";
import type { AuthoredContent } from "@/lib/modules/read-module-contents";

const small = "rounded border border-slate-400 px-2 py-1 text-sm";
const input = "rounded border border-slate-400 px-2 py-1";

/** The content forms of a video, resource or page module in the outline: plain multipart forms. */
export async function ModuleContentForms({
  courseId,
  moduleId,
  kind,
  name,
  locale,
  content,
}: {
  courseId: string;
  moduleId: string;
  kind: string;
  name: string;
  locale: string;
  content: AuthoredContent | undefined;
}) {
  const t = await getTranslations("ModuleContent");
  const base = `/api/author/courses/${courseId}/modules/${moduleId}`;
  const form = "flex w-full flex-wrap items-center gap-2 text-sm";
  if (kind === "VIDEO")
    return (
      <div className="w-full space-y-2" data-testid="video-content">
        <p className="text-sm text-slate-700">
          {content?.storageKey
            ? t("videoStored", {
                name: content.fileName ?? "",
                seconds: Math.round(content.durationSeconds ?? 0),
                captions: content.captions.join(", ") || "–",
              })
            : content?.url
              ? t("videoLinked", { url: content.url })
              : t("videoNone")}
        </p>
        <form action={`${base}/video`} method="post" encType="multipart/form-data" className={form}>
          <label htmlFor={`video-${moduleId}`}>{t("videoFile", { name })}</label>
          <input id={`video-${moduleId}`} name="video" type="file" accept="video/webm,video/mp4" />
          <label htmlFor={`video-url-${moduleId}`}>{t("videoLink")}</label>
          <input
            id={`video-url-${moduleId}`}
            name="url"
            type="url"
            className={input}
            defaultValue={content?.url ?? ""}
          />
          <label htmlFor={`watch-${moduleId}`}>{t("watchPercent")}</label>
          <input
            id={`watch-${moduleId}`}
            name="watchPercent"
            type="number"
            min={1}
            max={100}
            className={`${input} w-20`}
            defaultValue={content?.watchPercent ?? 80}
          />
          <button type="submit" className={small}>
            {t("saveVideo")}
          </button>
        </form>
        {content?.storageKey ? (
          <form action={`${base}/captions`} method="post" encType="multipart/form-data" className={form}>
            <label htmlFor={`captions-locale-${moduleId}`}>{t("captionsLanguage")}</label>
            <select id={`captions-locale-${moduleId}`} name="locale" className={input} defaultValue={locale}>
              {LOCALES.map((l) => (
                <option key={l} value={l}>
                  {LOCALE_NAMES[l]}
                </option>
              ))}
            </select>
            <label htmlFor={`captions-${moduleId}`}>{t("captionsFile")}</label>
            <input id={`captions-${moduleId}`} name="captions" type="file" accept=".vtt,text/vtt" required />
            <button type="submit" className={small}>
              {t("uploadCaptions")}
            </button>
          </form>
        ) : null}
      </div>
    );
  if (kind === "RESOURCE")
    return (
      <div className="w-full space-y-2" data-testid="resource-content">
        <p className="text-sm text-slate-700">
          {content?.storageKey
            ? t("resourceStored", { name: content.fileName ?? "", kilobytes: Math.ceil((content.bytes ?? 0) / 1024) })
            : content?.url
              ? t("resourceLinked", { url: content.url })
              : t("resourceNone")}
        </p>
        <form action={`${base}/resource`} method="post" encType="multipart/form-data" className={form}>
          <label htmlFor={`resource-${moduleId}`}>{t("resourceFile", { name })}</label>
          <input id={`resource-${moduleId}`} name="resource" type="file" accept={RESOURCE_ACCEPT} />
          <label htmlFor={`resource-url-${moduleId}`}>{t("resourceLink")}</label>
          <input id={`resource-url-${moduleId}`} name="url" type="url" className={input} />
          <button type="submit" className={small}>
            {t("saveResource")}
          </button>
        </form>
      </div>
    );
  if (kind === "PAGE")
    return (
      <form action={`${base}/page`} method="post" className="w-full space-y-2 text-sm" data-testid="page-content">
        <input type="hidden" name="locale" value={locale} />
        <label htmlFor={`page-${moduleId}`} className="block">
          {t("pageText", { language: LOCALE_NAMES[locale as keyof typeof LOCALE_NAMES] ?? locale })}
        </label>
        <textarea
          id={`page-${moduleId}`}
          name="text"
          rows={6}
          className={`${input} w-full`}
          defaultValue={content?.body[locale] ?? ""}
        />
        <p className="text-slate-600">{t("pageHint")}</p>
        <button type="submit" className={small}>
          {t("savePage")}
        </button>
      </form>
    );
  return null;
}
