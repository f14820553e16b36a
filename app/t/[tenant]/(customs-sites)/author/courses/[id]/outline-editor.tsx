import { X } from "lucide-react";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import type { viewCourseEditor } from "@/lib/modules/view-course-editor";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Panel } from "@/components/ui/panel";
import type { AuthoredContent } from "@/lib/modules/read-module-contents";
import { ModuleContentForms } from "./module-content-forms";

type Outline = Awaited<ReturnType<typeof viewCourseEditor>>["outline"];
const KINDS = ["SCORM", "VIDEO", "RESOURCE", "PAGE", "QUIZ", "EVALUATION"] as const;
const small = "rounded border border-slate-400 px-2 py-1 text-sm disabled:opacity-40";
const input = "rounded border border-slate-400 px-2 py-1";

/** Sections and modules with buttons that post plain forms (they work without JavaScript). */
export async function OutlineEditor({
  courseId,
  outline,
  locale,
  contents,
}: {
  courseId: string;
  outline: Outline;
  locale: string;
  /** The content of its video, resource and page modules. */
  contents: Map<string, AuthoredContent>;
}) {
  const [t, course] = await Promise.all([getTranslations("Authoring"), getTranslations("Course")]);
  const action = `/api/author/courses/${courseId}/outline`;
  const hidden = (fields: Record<string, string>) => (
    <>
      <input type="hidden" name="locale" value={locale} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
  const moveButtons = (fields: Record<string, string>, label: string, first: boolean, last: boolean) => (
    <>
      <form action={action} method="post">
        {hidden({ ...fields, direction: "up" })}
        <button type="submit" className={small} disabled={first} aria-label={t("moveUp", { name: label })}>
          ↑
        </button>
      </form>
      <form action={action} method="post">
        {hidden({ ...fields, direction: "down" })}
        <button type="submit" className={small} disabled={last} aria-label={t("moveDown", { name: label })}>
          ↓
        </button>
      </form>
    </>
  );
  const modules = outline.flatMap((s) => s.modules);
  return (
    <div className="space-y-4">
      {outline.length === 0 ? <p>{t("noSections")}</p> : null}
      {outline.map((section, sectionIndex) => {
        const title = localized(section.title as Record<string, string>, locale);
        return (
          <Panel className="space-y-3" key={section.id} aria-label={title} data-testid="outline-section">
            <div className="flex flex-wrap items-center gap-2">
              <form action={action} method="post" className="flex flex-1 flex-wrap items-center gap-2">
                {hidden({ op: "renameSection", sectionId: section.id })}
                <label className="sr-only" htmlFor={`section-${section.id}`}>
                  {t("sectionTitle")}
                </label>
                <input
                  id={`section-${section.id}`}
                  name="title"
                  defaultValue={(section.title as Record<string, string>)[locale] ?? ""}
                  placeholder={title}
                  className={`${input} flex-1 font-semibold`}
                  dir="auto"
                />
                <button type="submit" className={small}>
                  {t("rename")}
                </button>
              </form>
              {moveButtons(
                { op: "moveSection", sectionId: section.id },
                title,
                sectionIndex === 0,
                sectionIndex === outline.length - 1,
              )}
              <form action={action} method="post">
                {hidden({ op: "removeSection", sectionId: section.id })}
                <ConfirmButton
                  question={t("removeSectionConfirm", { name: title })}
                  variant="danger"
                  size="icon"
                  aria-label={t("removeSection", { name: title })}
                >
                  <X size={16} aria-hidden="true" />
                </ConfirmButton>
              </form>
            </div>
            <ol className="space-y-2">
              {section.modules.map((m) => {
                const name = localized(m.title as Record<string, string>, locale);
                const index = modules.findIndex((x) => x.id === m.id);
                return (
                  <li
                    key={m.id}
                    className="flex flex-wrap items-center gap-2 rounded border border-slate-100 p-2"
                    data-testid="outline-module"
                  >
                    <form action={action} method="post" className="flex flex-1 flex-wrap items-center gap-2">
                      {hidden({ op: "editModule", moduleId: m.id })}
                      <label className="sr-only" htmlFor={`module-${m.id}`}>
                        {t("moduleTitle")}
                      </label>
                      <input
                        id={`module-${m.id}`}
                        name="title"
                        defaultValue={(m.title as Record<string, string>)[locale] ?? ""}
                        placeholder={name}
                        className={`${input} flex-1`}
                        dir="auto"
                      />
                      <label className="sr-only" htmlFor={`module-kind-${m.id}`}>
                        {t("moduleKind")}
                      </label>
                      <select id={`module-kind-${m.id}`} name="kind" defaultValue={m.kind} className={input}>
                        {KINDS.map((kind) => (
                          <option key={kind} value={kind}>
                            {course(`kind.${kind}`)}
                          </option>
                        ))}
                      </select>
                      <label className="flex items-center gap-1 text-sm">
                        <input type="checkbox" name="required" defaultChecked={m.required} className="h-4 w-4" />
                        {t("required")}
                      </label>
                      <button type="submit" className={small} aria-label={t("saveModule", { name })}>
                        {t("save")}
                      </button>
                    </form>
                    {moveButtons({ op: "moveModule", moduleId: m.id }, name, index === 0, index === modules.length - 1)}
                    {m.kind === "QUIZ" ? (
                      <>
                        <Link href={`/author/courses/${courseId}/quiz/${m.id}`} className={small}>
                          {t("quizQuestions")}
                        </Link>
                        <Link href={`/author/courses/${courseId}/bank`} className={small}>
                          {t("questionBank")}
                        </Link>
                      </>
                    ) : null}
                    <ModuleContentForms
                      courseId={courseId}
                      moduleId={m.id}
                      kind={m.kind}
                      name={name}
                      locale={locale}
                      content={contents.get(m.id)}
                    />
                    {m.kind === "SCORM" ? (
                      <Link href={`/author/courses/${courseId}/scorm/${m.id}`} className={small}>
                        {t("scormSettings.link")}
                      </Link>
                    ) : null}
                    {m.kind === "SCORM" ? (
                      <form
                        action={`/api/author/courses/${courseId}/modules/${m.id}/scorm`}
                        method="post"
                        encType="multipart/form-data"
                        className="flex w-full flex-wrap items-center gap-2 text-sm"
                        data-testid="scorm-upload"
                      >
                        <span className="flex-1">
                          {m.scormPackages[0]
                            ? t("scormPackage", {
                                title: m.scormPackages[0].title,
                                version: m.scormPackages[0].version,
                                scos: m.scormPackages[0]._count.scos,
                              })
                            : t("noScormPackage")}
                        </span>
                        {m.scormVersions.length ? (
                          <ul className="w-full text-slate-600" data-testid="scorm-versions">
                            {m.scormVersions.map((v) => (
                              <li key={v.number}>
                                {t("scormVersion", {
                                  number: v.number,
                                  title: v.title,
                                  current: String(v.current),
                                  learners: v.learners,
                                })}
                              </li>
                            ))}
                          </ul>
                        ) : null}
                        <label className="sr-only" htmlFor={`package-${m.id}`}>
                          {t("scormFile", { name })}
                        </label>
                        <input
                          id={`package-${m.id}`}
                          name="package"
                          type="file"
                          accept=".zip,application/zip"
                          required
                        />
                        <button type="submit" className={small}>
                          {t("uploadPackage")}
                        </button>
                      </form>
                    ) : null}
                    <form action={action} method="post">
                      {hidden({ op: "removeModule", moduleId: m.id })}
                      <ConfirmButton
                        question={t("removeModuleConfirm", { name })}
                        variant="danger"
                        size="icon"
                        aria-label={t("removeModule", { name })}
                      >
                        <X size={16} aria-hidden="true" />
                      </ConfirmButton>
                    </form>
                  </li>
                );
              })}
            </ol>
            <form
              action={action}
              method="post"
              className="flex flex-wrap items-end gap-2 border-t border-slate-100 pt-3"
            >
              {hidden({ op: "addModule", sectionId: section.id })}
              <div>
                <label htmlFor={`module-title-${section.id}`} className="block text-sm font-medium">
                  {t("moduleTitle")}
                </label>
                <input id={`module-title-${section.id}`} name="title" required className={input} dir="auto" />
              </div>
              <div>
                <label htmlFor={`module-kind-${section.id}`} className="block text-sm font-medium">
                  {t("moduleKind")}
                </label>
                <select id={`module-kind-${section.id}`} name="kind" className={input}>
                  {KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {course(`kind.${kind}`)}
                    </option>
                  ))}
                </select>
              </div>
              <label className="flex items-center gap-1 text-sm">
                <input type="checkbox" name="required" defaultChecked className="h-4 w-4" />
                {t("required")}
              </label>
              <button type="submit" className={small}>
                {t("addModule")}
              </button>
            </form>
          </Panel>
        );
      })}
      <form action={action} method="post" className="flex flex-wrap items-end gap-2">
        {hidden({ op: "addSection" })}
        <div>
          <label htmlFor="new-section" className="block text-sm font-medium">
            {t("sectionTitle")}
          </label>
          <input id="new-section" name="title" required className={input} dir="auto" />
        </div>
        <button type="submit" className={small}>
          {t("addSection")}
        </button>
      </form>
    </div>
  );
}
