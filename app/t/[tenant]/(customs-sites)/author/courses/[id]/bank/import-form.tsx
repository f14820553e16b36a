"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { EMPTY_FORM, type FormAction, type FormState } from "@/lib/http/form-state";
import { CategoryField, type Category } from "../quiz/[moduleId]/category-field";
import type { ImportPreview } from "@/lib/quiz/preview-question-import";
import { Button } from "@/components/ui/button";
import { FileField } from "@/components/forms/file-field";
import { LocaleField } from "@/components/forms/locale-field";
import { FormField } from "@/components/ui/form-field";
import { Notice } from "@/components/ui/notice";
import { Panel } from "@/components/ui/panel";
import { SectionTitle } from "@/components/ui/section-title";
import { Select } from "@/components/ui/select";

/** Import into the course's bank from GIFT or Moodle XML: the file is previewed first (what each question becomes, or why not), then imported. */
export function ImportQuestionsForm({
  preview,
  save,
  categories,
}: {
  preview: FormAction;
  save: FormAction;
  categories: Category[];
}) {
  const t = useTranslations("QuizAuthoring");
  const fields = useTranslations("Fields");
  const uiLocale = useLocale();
  const [read, previewAction, reading] = useActionState<FormState, FormData>(preview, EMPTY_FORM);
  const [stored, importAction, importing] = useActionState<FormState, FormData>(save, EMPTY_FORM);
  const result = read.result as { preview: ImportPreview; token: string } | undefined;
  // Once this preview's questions are imported, it is put away (a new preview shows again).
  const shown = result && stored.values.token !== result.token ? result.preview : undefined;
  const formatError = read.errors.format ? fields(read.errors.format) : undefined;
  return (
    <Panel className="space-y-4" aria-labelledby="import-title" as="section">
      <SectionTitle id="import-title">{t("importTitle")}</SectionTitle>
      {stored.done && !shown ? (
        <Notice tone="success" compact>
          {t("imported", { count: Number(stored.values.imported ?? 0) })}
        </Notice>
      ) : null}
      {stored.errors.file ? <Notice tone="error">{fields(stored.errors.file)}</Notice> : null}
      <form action={previewAction} className="grid gap-3 sm:grid-cols-3">
        <FormField name="format" id="import-format" label={t("importFormat")} error={formatError}>
          {(control) => (
            <Select {...control} defaultValue={read.values.format ?? "gift"}>
              <option value="gift">{t("formatGift")}</option>
              <option value="moodle-xml">{t("formatMoodleXml")}</option>
            </Select>
          )}
        </FormField>
        <LocaleField
          name="locale"
          label={t("importLanguage")}
          defaultValue={read.values.locale ?? uiLocale}
          error={read.errors.locale ? fields(read.errors.locale) : undefined}
        />
        {categories ? (
          <CategoryField
            categories={categories}
            id="import-category"
            defaultValue={read.values.categoryId ?? ""}
            error={read.errors.categoryId ? fields(read.errors.categoryId) : undefined}
          />
        ) : null}
        <FileField
          name="file"
          label={t("importFile")}
          hint={t("importHint")}
          required
          accept=".gift,.txt,.xml,text/plain,application/xml,text/xml"
          error={read.errors.file ? fields(read.errors.file) : undefined}
        />
        <div className="sm:col-span-3">
          <Button variant="secondary" disabled={reading}>
            {t("importPreview")}
          </Button>
        </div>
      </form>
      {shown && result ? (
        <div className="space-y-3">
          <h3 className="font-semibold" id="import-preview-title">
            {t("importPreviewTitle", { ready: shown.ready, total: shown.rows.length })}
          </h3>
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm" aria-labelledby="import-preview-title">
              <thead>
                <tr className="border-b border-slate-300">
                  <th scope="col" className="p-2">
                    {t("importNumber")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("prompt")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("kind")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("importStatus")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.rows.map((row) => (
                  <tr key={row.number} className="border-b border-slate-200" data-testid="import-row">
                    <td className="p-2">
                      {row.line === null ? row.number : t("importLine", { number: row.number, line: row.line })}
                    </td>
                    <td className="p-2" dir="auto">
                      {row.title ? <span className="font-medium">{row.title}: </span> : null}
                      {row.prompt}
                    </td>
                    <td className="p-2">{row.kind ? t(`kindValue.${row.kind}` as "kindValue.SINGLE_CHOICE") : "—"}</td>
                    <td className={`p-2 ${row.error ? "text-red-800" : "text-green-800"}`}>
                      {row.error ? fields(row.error) : t("importReady")}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {shown.ready > 0 ? (
            <form action={importAction}>
              <input type="hidden" name="format" value={read.values.format} />
              <input type="hidden" name="locale" value={read.values.locale} />
              <input type="hidden" name="categoryId" value={read.values.categoryId ?? ""} />
              <input type="hidden" name="token" value={result.token} />
              <textarea name="source" defaultValue={shown.source} hidden readOnly />
              <Button disabled={importing}>{t("importConfirm", { count: shown.ready })}</Button>
            </form>
          ) : null}
        </div>
      ) : null}
    </Panel>
  );
}
