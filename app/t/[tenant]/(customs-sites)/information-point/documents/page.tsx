import { Download, FileText } from "lucide-react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/catalogue/pagination";
import { FileField } from "@/components/forms/file-field";
import { LocaleField } from "@/components/forms/locale-field";
import { LocaleTabs } from "@/components/forms/locale-tabs";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { Panel } from "@/components/ui/panel";
import { SectionTitle } from "@/components/ui/section-title";
import { TextAnchor } from "@/components/ui/text-anchor";
import { TextLink } from "@/components/ui/text-link";
import { pageNumber } from "@/lib/discussions/schemas";
import { loadPage, orNotFound } from "@/lib/http/load-page";
import { LOCALE_NAMES, isLocale, type Locale } from "@/lib/i18n/locales";
import { viewDocuments } from "@/lib/information-point/view-documents";
import { RESOURCE_ACCEPT } from "@/lib/modules/file-types";
import { InfoPointHeader } from "../info-point-nav";

const DONE = ["documentAdded", "versionAdded", "titleSaved", "documentRemoved"];
const languageName = (l: string) => (isLocale(l) ? LOCALE_NAMES[l] : l);

// The information point's documents: the latest version of each, its earlier versions listed and downloadable.
// WCO staff add documents, upload new versions and write each title in every language (`?edit=<id>&locale=<l>`).
export default async function InformationPointDocumentsPage({
  searchParams,
}: {
  searchParams: Promise<{
    page?: string;
    edit?: string;
    locale?: string;
    done?: string;
    error?: string;
    title?: string;
    document?: string;
  }>;
}) {
  const query = await searchParams;
  const entry = await loadPage({ signIn: "/information-point/documents", can: "infoPoint.read" });
  const uiLocale = await getLocale();
  const view = await orNotFound(viewDocuments(entry, uiLocale, pageNumber(query.page)));
  const [t, fields, format] = await Promise.all([
    getTranslations("InfoPoint"),
    getTranslations("Fields"),
    getFormatter(),
  ]);
  const editLocale: Locale = isLocale(query.locale) ? query.locale : "en";
  const size = (bytes: number) => format.number(bytes / 1024 / 1024, { maximumFractionDigits: 1 });
  // A refusal of a form on a document is shown with that document; the new document's, with its form.
  const refusal = query.error ? fields(query.error as "required") : null;
  const onDocument = (id: string) => (query.document === id || query.edit === id ? refusal : null);
  return (
    <article className="space-y-6">
      <InfoPointHeader current="documents" />
      {query.done && DONE.includes(query.done) ? <Notice tone="success">{t(`done.${query.done}`)}</Notice> : null}
      {refusal && !query.document && !query.edit ? <Notice tone="error">{refusal}</Notice> : null}
      {view.publisher ? (
        <Panel
          as="form"
          method="post"
          action="/api/information-point/documents"
          encType="multipart/form-data"
          className="space-y-3"
          aria-labelledby="new-document"
        >
          <SectionTitle id="new-document">{t("addDocument")}</SectionTitle>
          <LocaleField
            name="locale"
            label={t("textLanguage")}
            defaultValue={isLocale(query.locale) && !query.edit ? query.locale : uiLocale}
          />
          <TextField
            name="title"
            label={t("documentTitle")}
            required
            defaultValue={query.edit ? undefined : query.title}
            dir="auto"
          />
          <FileField
            name="file"
            label={t("documentFile")}
            hint={t("documentFileHint")}
            accept={RESOURCE_ACCEPT}
            required
          />
          <Button>{t("uploadDocument")}</Button>
        </Panel>
      ) : null}
      <section aria-labelledby="documents" className="space-y-3">
        <SectionTitle id="documents">{t("section.documents")}</SectionTitle>
        {view.documents.length === 0 ? (
          <EmptyState>{t("noDocuments")}</EmptyState>
        ) : (
          <ul className="space-y-3">
            {view.documents.map((document) => (
              <Panel
                as="li"
                key={document.id}
                id={`document-${document.id}`}
                className="space-y-3"
                data-testid="document"
              >
                <div className="flex flex-wrap items-center gap-3">
                  <FileText size={20} aria-hidden="true" className="shrink-0 text-slate-500" />
                  <h3 className="flex-1 text-lg font-semibold" dir="auto" lang={document.locale}>
                    {document.title}
                  </h3>
                  {document.latest ? (
                    <TextAnchor
                      href={`/api/information-point/versions/${document.latest.id}`}
                      className="inline-flex min-h-11 items-center gap-1"
                      data-testid="latest-download"
                    >
                      <Download size={16} aria-hidden="true" />
                      {t("download", { number: document.latest.number })}
                      <span className="sr-only"> – {document.title}</span>
                    </TextAnchor>
                  ) : null}
                </div>
                {document.latest ? (
                  <p className="text-sm text-slate-600">
                    {t("versionMeta", {
                      number: document.latest.number,
                      name: document.latest.fileName,
                      size: size(document.latest.bytes),
                      author: document.latest.uploadedBy,
                      date: format.dateTime(document.latest.createdAt, { dateStyle: "medium", timeStyle: "short" }),
                    })}
                  </p>
                ) : null}
                {document.earlier.length ? (
                  <details>
                    <summary className="flex min-h-11 cursor-pointer items-center text-sm text-brand underline">
                      {t("earlierVersions", { count: document.earlier.length })}
                    </summary>
                    <ul className="space-y-1 ps-4 text-sm" data-testid="earlier-versions">
                      {document.earlier.map((version) => (
                        <li key={version.id}>
                          <TextAnchor
                            href={`/api/information-point/versions/${version.id}`}
                            className="inline-flex min-h-11 items-center"
                          >
                            {t("versionMeta", {
                              number: version.number,
                              name: version.fileName,
                              size: size(version.bytes),
                              author: version.uploadedBy,
                              date: format.dateTime(version.createdAt, { dateStyle: "medium", timeStyle: "short" }),
                            })}
                          </TextAnchor>
                        </li>
                      ))}
                    </ul>
                  </details>
                ) : null}
                {onDocument(document.id) ? <Notice tone="error">{onDocument(document.id)}</Notice> : null}
                {view.publisher ? (
                  <div className="space-y-3 border-t border-slate-200 pt-3">
                    {document.missing.length ? (
                      <p className="text-sm text-slate-600" data-testid="document-untranslated">
                        {t("untranslatedIn", { languages: document.missing.map(languageName).join(", ") })}
                      </p>
                    ) : null}
                    <form
                      method="post"
                      action={`/api/information-point/documents/${document.id}/versions`}
                      encType="multipart/form-data"
                      className="flex flex-wrap items-end gap-3"
                    >
                      <FileField
                        name="file"
                        id={`file-${document.id}`}
                        label={t("newVersionFile")}
                        accept={RESOURCE_ACCEPT}
                        required
                      />
                      <Button variant="secondary">{t("uploadVersion")}</Button>
                    </form>
                    {query.edit === document.id ? (
                      <div className="space-y-3">
                        <LocaleTabs
                          label={t("languages")}
                          current={editLocale}
                          written={document.titles.map((title) => title.locale)}
                          untranslated={t("untranslated")}
                          href={(l) =>
                            `/information-point/documents?edit=${document.id}&locale=${l}#document-${document.id}`
                          }
                        />
                        <form
                          method="post"
                          action={`/api/information-point/documents/${document.id}/title`}
                          className="flex flex-wrap items-end gap-3"
                        >
                          <input type="hidden" name="locale" value={editLocale} />
                          <TextField
                            name="title"
                            id={`title-${document.id}`}
                            label={t("titleIn", { language: LOCALE_NAMES[editLocale] })}
                            required
                            lang={editLocale}
                            dir="auto"
                            defaultValue={document.titles.find((title) => title.locale === editLocale)?.title}
                          />
                          <Button variant="secondary">{t("saveTitle")}</Button>
                        </form>
                        <TextLink href="/information-point/documents">{t("doneEditing")}</TextLink>
                      </div>
                    ) : (
                      <TextLink
                        href={`/information-point/documents?edit=${document.id}#document-${document.id}`}
                        className="inline-flex min-h-11 items-center"
                      >
                        {t("translateTitle")}
                        <span className="sr-only"> – {document.title}</span>
                      </TextLink>
                    )}
                    <form action={`/api/information-point/documents/${document.id}/remove`} method="post">
                      <ConfirmButton
                        question={t("removeDocumentQuestion", { title: document.title })}
                        variant="danger"
                        size="sm"
                        aria-label={t("removeDocumentNamed", { title: document.title })}
                      >
                        {t("removeDocument")}
                      </ConfirmButton>
                    </form>
                  </div>
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
