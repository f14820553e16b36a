"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useActionState } from "react";
import { FileField } from "@/components/forms/file-field";
import { TextField } from "@/components/forms/text-field";
import { DataTable } from "@/components/tables/data-table";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Notice } from "@/components/ui/notice";
import { Select } from "@/components/ui/select";
import { TextArea } from "@/components/ui/text-area";
import { EMPTY_FORM, type FormAction, type FormState } from "@/lib/http/form-state";
import type { EnrolmentCourseOption } from "@/lib/team/list-enrolment-courses";
import type { EnrolmentPreview } from "@/lib/team/preview-team-enrolment";

/** Enrolling users into a course: a list or a CSV file previewed line by line, then the ready lines enrolled. */
export function EnrolForm({
  preview,
  save,
  courses,
  initialList,
}: {
  preview: FormAction;
  save: FormAction;
  courses: EnrolmentCourseOption[];
  initialList: string;
}) {
  const t = useTranslations("Team.enrol");
  const fields = useTranslations("Fields");
  const format = useFormatter();
  const [read, previewAction, reading] = useActionState<FormState, FormData>(preview, EMPTY_FORM);
  const [stored, enrolAction, enrolling] = useActionState<FormState, FormData>(save, EMPTY_FORM);
  const result = read.result as { preview: EnrolmentPreview; token: string } | undefined;
  // Once this preview's users are enrolled, it is put away (a new preview shows again).
  const shown = result && stored.values.token !== result.token ? result.preview : undefined;
  const error = (state: FormState, name: string) => (state.errors[name] ? fields(state.errors[name]) : undefined);
  return (
    <div className="space-y-6">
      {stored.done && !shown ? (
        <Notice tone="success" bordered>
          {t("done", { enrolled: Number(stored.values.enrolled ?? 0), updated: Number(stored.values.updated ?? 0) })}
        </Notice>
      ) : null}
      {stored.errors.list || stored.errors.form ? (
        <Notice tone="error" bordered>
          {fields(stored.errors.list ?? stored.errors.form)}
        </Notice>
      ) : null}
      <form action={previewAction} className="grid gap-4 md:grid-cols-2">
        <FormField name="courseId" label={t("course")} required error={error(read, "courseId")}>
          {(control) => (
            <Select {...control} defaultValue={read.values.courseId ?? ""}>
              <option value="">{t("chooseCourse")}</option>
              {courses.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.owner ? `${c.title} (${c.owner})` : c.title}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <TextField
          name="dueDate"
          label={t("dueDate")}
          hint={t("dueDateHint")}
          type="date"
          defaultValue={read.values.dueDate ?? ""}
          error={error(read, "dueDate")}
        />
        <FormField name="list" label={t("list")} hint={t("listHint")} error={error(read, "list")}>
          {(control) => <TextArea {...control} rows={6} dir="ltr" defaultValue={read.values.list ?? initialList} />}
        </FormField>
        <FileField name="file" label={t("file")} hint={t("fileHint")} accept=".csv,.txt,text/csv,text/plain" />
        <div className="md:col-span-2">
          <Button variant="secondary" disabled={reading}>
            {t("preview")}
          </Button>
        </div>
      </form>
      {shown && result ? (
        <section className="space-y-3" aria-labelledby="enrol-preview-title">
          <h2 className="text-xl font-semibold" id="enrol-preview-title">
            {t("previewTitle", { course: shown.course.title, ready: shown.ready, total: shown.lines.length })}
          </h2>
          <DataTable
            caption={t("previewCaption")}
            columns={[{ label: t("line") }, { label: t("identifier") }, { label: t("user") }, { label: t("status") }]}
          >
            {shown.lines.map((line) => (
              <tr key={line.line} className="border-b border-slate-100" data-testid="enrol-line">
                <td className="p-2">{line.line}</td>
                <td className="p-2 break-all" dir="ltr">
                  {line.identifier}
                </td>
                <td className="p-2">{line.user?.name ?? "—"}</td>
                <td className={`p-2 ${line.error ? "text-red-800" : "text-green-800"}`}>
                  {line.error ? fields(line.error) : line.enrolled ? t("alreadyEnrolled") : t("ready")}
                </td>
              </tr>
            ))}
          </DataTable>
          {shown.ready > 0 ? (
            <form action={enrolAction}>
              <input type="hidden" name="courseId" value={shown.course.id} />
              <input type="hidden" name="dueDate" value={shown.dueDate ?? ""} />
              <input type="hidden" name="token" value={result.token} />
              <textarea name="source" defaultValue={shown.source} hidden readOnly />
              <Button disabled={enrolling}>
                {shown.dueDate
                  ? t("confirmWithDue", {
                      count: shown.ready,
                      date: format.dateTime(new Date(`${shown.dueDate}T00:00:00Z`), {
                        dateStyle: "medium",
                        timeZone: "UTC",
                      }),
                    })
                  : t("confirm", { count: shown.ready })}
              </Button>
            </form>
          ) : (
            <Notice tone="error">{fields("enrolNothingReady")}</Notice>
          )}
        </section>
      ) : null}
    </div>
  );
}
