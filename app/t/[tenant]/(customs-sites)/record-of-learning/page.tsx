import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AlertTriangle } from "lucide-react";
import { DataTable } from "@/components/tables/data-table";
import type { Locale } from "@/lib/i18n/locales";
import { viewRecordOfLearning } from "@/lib/learning/view-record-of-learning";
import { SaveSearchForm } from "./save-search-form";
import { SavedSearchesPanel } from "./saved-searches-panel";
import { Notice } from "@/components/ui/notice";
import { ScormResults } from "./scorm-results";
import { PreviousCompletions } from "./previous-completions";
import { loadPage } from "@/lib/http/load-page";
import { Button } from "@/components/ui/button";
import { PageTitle } from "@/components/ui/page-title";
import { Label } from "@/components/ui/label";
import { Input } from "@/components/ui/input";
import { TextLink } from "@/components/ui/text-link";
import { TextAnchor } from "@/components/ui/text-anchor";
import { Panel } from "@/components/ui/panel";

const DONE = new Set(["defaultSet", "defaultCleared"]);

export default async function RecordOfLearningPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string; done?: string }>;
}) {
  const [{ viewer, ctx }, params, t, types, format, locale, certificateTexts] = await Promise.all([
    loadPage({ signIn: "/record-of-learning" }),
    searchParams,
    getTranslations("RecordOfLearning"),
    getTranslations("CourseType"),
    getFormatter(),
    getLocale(),
    getTranslations("Certificates"),
  ]);
  // No ?q= in the address: the learner's default view.
  const record = await viewRecordOfLearning(ctx, viewer.id, locale as Locale, params.q);
  const { query: q, courses, previous, scorm, saved, certificates } = record;
  const done = params.done && DONE.has(params.done) ? params.done : null;
  const date = (value: Date | null) => (value ? format.dateTime(value, { dateStyle: "medium" }) : "—");
  const day = (value: Date | null) => (value ? format.dateTime(value, { dateStyle: "medium", timeZone: "UTC" }) : "—");
  const exportHref = (fmt: string) =>
    `/api/record-of-learning/export?format=${fmt}${q ? `&q=${encodeURIComponent(q)}` : ""}`;
  return (
    <div className="space-y-4">
      <PageTitle>{t("title")}</PageTitle>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <form method="get" role="search" className="flex items-end gap-2">
          <div>
            <Label htmlFor="q">{t("search")}</Label>
            <Input id="q" name="q" type="search" defaultValue={q} className="mt-1" />
          </div>
          <Button>{t("searchButton")}</Button>
        </form>
        <p className="flex gap-2">
          <span className="self-center">{t("export")}</span>
          <a href={exportHref("csv")} className="rounded border border-slate-400 px-3 py-1.5" download>
            CSV
          </a>
          <a href={exportHref("xlsx")} className="rounded border border-slate-400 px-3 py-1.5" download>
            Excel
          </a>
          <a href={exportHref("pdf")} className="rounded border border-slate-400 px-3 py-1.5" download>
            PDF
          </a>
        </p>
      </div>
      {done ? (
        <Notice tone="success" bordered compact>
          {t(`done.${done}`)}
        </Notice>
      ) : null}
      <SavedSearchesPanel saved={saved} query={q} />
      {q ? <SaveSearchForm query={q} /> : null}
      {courses.length === 0 ? (
        <Panel as="p" roomy className="text-slate-700">
          {q ? t("noMatch") : t("empty")}
        </Panel>
      ) : (
        <DataTable
          caption={t("title")}
          columns={[
            { label: t("type") },
            { label: t("course") },
            { label: t("due") },
            { label: t("previous") },
            { label: t("completed") },
            { label: t("progress") },
          ]}
        >
          {courses.map((c) => (
            <tr key={c.courseId} className="border-b border-slate-100" data-testid="record-row">
              <td className="p-2">{types(c.type)}</td>
              <td className="p-2">
                <TextLink href={`/courses/${c.courseId}`}>{c.title}</TextLink>
                {c.required ? (
                  <span className="ms-2 inline-block rounded bg-slate-100 px-1.5 text-sm text-slate-800">
                    {t("required")}
                  </span>
                ) : null}
              </td>
              <td className="p-2" data-testid="due-date">
                {day(c.dueAt)}
                {c.overdue ? (
                  <span className="ms-2 inline-flex items-center gap-1 font-medium text-red-800">
                    <AlertTriangle aria-hidden="true" className="size-4" />
                    {t("overdue")}
                  </span>
                ) : null}
              </td>
              <td className="p-2" data-testid="previous-completions">
                <PreviousCompletions title={c.title} completions={previous.get(c.courseId) ?? []} />
              </td>
              <td className="p-2">{date(c.completedAt)}</td>
              <td className="p-2">
                <progress
                  max={100}
                  value={c.progressPercent}
                  aria-label={t("progressOf", { title: c.title })}
                  className="me-2 align-middle"
                />
                {c.progressPercent}%
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <ScormResults courses={scorm} />
      {/* Not a named region: the certificates' table is one, under the same name (axe: landmark-unique). */}
      <section className="space-y-2 pt-4">
        <h2 id="certificates" className="text-2xl font-semibold">
          {certificateTexts("recordTitle")}
        </h2>
        {certificates.length === 0 ? (
          <Panel as="p" roomy className="text-slate-700">
            {certificateTexts("recordEmpty")}
          </Panel>
        ) : (
          <DataTable
            caption={certificateTexts("recordTitle")}
            columns={[
              { label: certificateTexts("course") },
              { label: certificateTexts("issued") },
              { label: certificateTexts("expires") },
              { label: certificateTexts("status") },
              { label: certificateTexts("code") },
            ]}
          >
            {certificates.map((c) => (
              <tr key={c.id} className="border-b border-slate-100" data-testid="certificate-row">
                <td className="p-2" dir="auto">
                  <TextLink href={`/courses/${c.courseId}?tab=certificate`}>{c.courseTitle}</TextLink>
                </td>
                <td className="p-2">{date(c.issuedAt)}</td>
                <td className="p-2">{c.expiresAt ? date(c.expiresAt) : certificateTexts("noExpiry")}</td>
                <td className="p-2">{certificateTexts(`statusValue.${c.status}`)}</td>
                <td className="p-2">
                  <TextAnchor href={`/verify/${c.code}`} dir="ltr" className="font-mono">
                    {c.code}
                  </TextAnchor>
                  {c.status !== "REVOKED" ? (
                    <a
                      href={`/api/certificates/${c.id}/pdf`}
                      className="ms-3 rounded border border-slate-400 px-2 py-0.5 text-sm"
                    >
                      {certificateTexts("download")}
                      <span className="sr-only"> – {c.courseTitle}</span>
                    </a>
                  ) : null}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}
