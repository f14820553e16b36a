import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { requireSignedIn } from "@/lib/auth/request-context";
import { NotFound } from "@/lib/errors";
import { candidateOf } from "@/lib/workshops/candidate";
import { getMyApplication } from "@/lib/workshops/get-my-application";
import { formatSessionDates } from "@/lib/workshops/zoned-time";
import { InformationForm } from "./information-form";
import { submitInformationAction } from "./actions";

// The candidate's workshop application: where it stands, the information the workshop asks for, and Withdraw.
export default async function WorkshopApplicationPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ applied?: string; done?: string; error?: string }> }) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const { viewer } = await requireSignedIn(`/workshops/applications/${id}`);
  const locale = await getLocale();
  let application;
  try {
    application = await getMyApplication(candidateOf(viewer), id, locale);
  } catch (error) {
    if (error instanceof NotFound) notFound();
    throw error;
  }
  const t = await getTranslations("Workshops");
  const { session } = application;
  return (
    <div className="space-y-6">
      <p><Link href={`/courses/${application.course.id}`} className="text-brand underline">{t("backToCourse")}</Link></p>
      <div>
        <p className="text-sm font-medium uppercase tracking-wide text-slate-600">{t("applicationTitle")}</p>
        <h1 className="text-3xl font-bold">{application.course.title}</h1>
      </div>
      {query.applied ? <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">{t("applied")}</p> : null}
      {query.done === "withdrawn" ? <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">{t("withdrawn")}</p> : null}
      {query.error === "cannotWithdraw" ? <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-900">{t("error.cannotWithdraw")}</p> : null}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 rounded-lg border border-slate-200 bg-white p-6">
        <dt className="font-medium">{t("session")}</dt><dd>{formatSessionDates(session, locale)}</dd>
        <dt className="font-medium">{t("where")}</dt>
        <dd>
          {[session.place, session.online ? t("online") : null].filter(Boolean).join(" · ")}
          {session.onlineUrl ? <> · <a href={session.onlineUrl} className="break-all text-brand underline" rel="noopener noreferrer">{session.onlineUrl}</a></> : null}
        </dd>
        <dt className="font-medium">{t("statusLabel")}</dt><dd data-testid="application-status">{t(`status.${application.status}`)}</dd>
      </dl>
      {application.status === "DENIED" && application.reason ? <p>{t("reason", { reason: application.reason })}</p> : null}
      {application.status === "WAITING_LIST" && application.waitingListPosition ? <p>{t("waitingPosition", { position: application.waitingListPosition })}</p> : null}
      {application.mayGiveInformation ? <InformationForm save={submitInformationAction.bind(null, application.id)} fields={application.fields} answers={application.answers} /> : null}
      {!application.mayGiveInformation && application.fields.length && Object.keys(application.answers).length ? (
        <section aria-labelledby="answers-title" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="answers-title" className="text-xl font-semibold">{t("informationTitle")}</h2>
          <dl className="mt-2 space-y-2">
            {application.fields.map((field) => (
              <div key={field.id}><dt className="font-medium">{field.label}</dt><dd dir="auto">{field.kind === "yesno" && application.answers[field.id] ? t(application.answers[field.id] === "yes" ? "yes" : "no") : (application.answers[field.id] ?? "")}</dd></div>
            ))}
          </dl>
        </section>
      ) : null}
      {application.mayWithdraw ? (
        <form action={`/api/workshops/applications/${application.id}/withdraw`} method="post">
          <ConfirmButton question={t("withdrawConfirm")} className="rounded border border-red-700 px-4 py-2 text-red-800">{t("withdraw")}</ConfirmButton>
        </form>
      ) : null}
    </div>
  );
}
