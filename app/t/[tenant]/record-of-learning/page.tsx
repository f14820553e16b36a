import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/tables/data-table";
import { requireSignedIn } from "@/lib/auth/request-context";
import type { Locale } from "@/lib/i18n/locales";
import { viewRecordOfLearning } from "@/lib/learning/view-record-of-learning";
import { deleteSearchAction } from "./actions";
import { SaveSearchForm } from "./save-search-form";

export default async function RecordOfLearningPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const [{ viewer, ctx }, { q = "" }, t, types, format, locale, certificateTexts] = await Promise.all([
    requireSignedIn("/record-of-learning"), searchParams, getTranslations("RecordOfLearning"), getTranslations("CourseType"), getFormatter(), getLocale(), getTranslations("Certificates"),
  ]);
  const { courses, saved, certificates } = await viewRecordOfLearning(ctx, viewer.id, locale as Locale, q);
  const date = (value: Date | null) => (value ? format.dateTime(value, { dateStyle: "medium" }) : "—");
  const exportHref = (fmt: string) => `/api/record-of-learning/export?format=${fmt}${q ? `&q=${encodeURIComponent(q)}` : ""}`;
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <form method="get" role="search" className="flex items-end gap-2">
          <div>
            <label htmlFor="q" className="block font-medium">{t("search")}</label>
            <input id="q" name="q" type="search" defaultValue={q} className="mt-1 rounded border border-slate-400 px-3 py-2" />
          </div>
          <button type="submit" className="rounded bg-brand px-4 py-2 font-medium text-white">{t("searchButton")}</button>
        </form>
        <p className="flex gap-2">
          <span className="self-center">{t("export")}</span>
          <a href={exportHref("csv")} className="rounded border border-slate-400 px-3 py-1.5" download>CSV</a>
          <a href={exportHref("xlsx")} className="rounded border border-slate-400 px-3 py-1.5" download>Excel</a>
          <a href={exportHref("pdf")} className="rounded border border-slate-400 px-3 py-1.5" download>PDF</a>
        </p>
      </div>
      {saved.length ? (
        <nav aria-label={t("savedSearches")}>
          <h2 className="text-sm font-semibold">{t("savedSearches")}</h2>
          <ul className="mt-1 flex flex-wrap gap-2">
            {saved.map((s) => (
              <li key={s.id} className="flex items-center gap-1 rounded border border-slate-300 bg-white px-2 py-1">
                <Link href={`?q=${encodeURIComponent(s.query)}`} className="text-brand underline">{s.name}</Link>
                <form action={deleteSearchAction}>
                  <input type="hidden" name="id" value={s.id} />
                  <button type="submit" aria-label={t("deleteSearch", { name: s.name })} className="px-1 text-slate-600">×</button>
                </form>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {q ? <SaveSearchForm query={q} /> : null}
      {courses.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-6 text-slate-700">{q ? t("noMatch") : t("empty")}</p>
      ) : (
        <DataTable caption={t("title")} columns={[{ label: t("type") }, { label: t("course") }, { label: t("due") }, { label: t("completed") }, { label: t("progress") }]}>
            {courses.map((c) => (
              <tr key={c.courseId} className="border-b border-slate-100" data-testid="record-row">
                <td className="p-2">{types(c.type)}</td>
                <td className="p-2"><Link href={`/courses/${c.courseId}`} className="text-brand underline">{c.title}</Link></td>
                <td className="p-2">{date(c.dueAt)}</td>
                <td className="p-2">{date(c.completedAt)}</td>
                <td className="p-2">
                  <progress max={100} value={c.progressPercent} aria-label={t("progressOf", { title: c.title })} className="me-2 align-middle" />
                  {c.progressPercent}%
                </td>
              </tr>
            ))}
        </DataTable>
      )}
      <section aria-labelledby="certificates" className="space-y-2 pt-4">
        <h2 id="certificates" className="text-2xl font-semibold">{certificateTexts("recordTitle")}</h2>
        {certificates.length === 0 ? <p className="rounded-lg border border-slate-200 bg-white p-6 text-slate-700">{certificateTexts("recordEmpty")}</p> : (
          <DataTable caption={certificateTexts("recordTitle")} columns={[{ label: certificateTexts("course") }, { label: certificateTexts("issued") }, { label: certificateTexts("expires") }, { label: certificateTexts("status") }, { label: certificateTexts("code") }]}>
              {certificates.map((c) => (
                <tr key={c.id} className="border-b border-slate-100" data-testid="certificate-row">
                  <td className="p-2" dir="auto"><Link href={`/courses/${c.courseId}?tab=certificate`} className="text-brand underline">{c.courseTitle}</Link></td>
                  <td className="p-2">{date(c.issuedAt)}</td>
                  <td className="p-2">{c.expiresAt ? date(c.expiresAt) : certificateTexts("noExpiry")}</td>
                  <td className="p-2">{certificateTexts(`statusValue.${c.status}`)}</td>
                  <td className="p-2">
                    <a href={`/verify/${c.code}`} dir="ltr" className="font-mono text-brand underline">{c.code}</a>
                    {c.status !== "REVOKED" ? <a href={`/api/certificates/${c.id}/pdf`} className="ms-3 rounded border border-slate-400 px-2 py-0.5 text-sm">{certificateTexts("download")}<span className="sr-only"> – {c.courseTitle}</span></a> : null}
                  </td>
                </tr>
              ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}
