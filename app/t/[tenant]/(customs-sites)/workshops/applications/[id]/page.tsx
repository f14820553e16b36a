import { getLocale, getTranslations } from "next-intl/server";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { candidateOf } from "@/lib/workshops/candidate";
import { getMyApplication } from "@/lib/workshops/get-my-application";
import { formatSessionDates } from "@/lib/i18n/zoned-time";
import { InformationForm } from "./information-form";
import { loadPage, orNotFound } from "@/lib/http/load-page";
import { PageTitle } from "@/components/ui/page-title";
import { Notice } from "@/components/ui/notice";
import { SectionTitle } from "@/components/ui/section-title";
import { Panel } from "@/components/ui/panel";
import { TextLink } from "@/components/ui/text-link";
import { TextAnchor } from "@/components/ui/text-anchor";
import { submitInformationAction } from "./actions";

// The candidate's workshop application: where it stands, the information the workshop asks for, and Withdraw.
export default async function WorkshopApplicationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ applied?: string; done?: string; error?: string }>;
}) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const { viewer } = await loadPage({ signIn: `/workshops/applications/${id}` });
  const locale = await getLocale();
  const application = await orNotFound(getMyApplication(candidateOf(viewer), id, locale));
  const t = await getTranslations("Workshops");
  const { session } = application;
  return (
    <div className="space-y-6">
      <p>
        <TextLink href={`/courses/${application.course.id}`}>{t("backToCourse")}</TextLink>
      </p>
      <div>
        <p className="text-sm font-medium uppercase tracking-wide text-slate-600">{t("applicationTitle")}</p>
        <PageTitle>{application.course.title}</PageTitle>
      </div>
      {query.applied ? (
        <Notice tone="success" bordered>
          {t("applied")}
        </Notice>
      ) : null}
      {query.done === "withdrawn" ? (
        <Notice tone="success" bordered>
          {t("withdrawn")}
        </Notice>
      ) : null}
      {query.error === "cannotWithdraw" ? (
        <Notice tone="error" bordered>
          {t("error.cannotWithdraw")}
        </Notice>
      ) : null}
      <Panel as="dl" roomy className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
        <dt className="font-medium">{t("session")}</dt>
        <dd>{formatSessionDates(session, locale)}</dd>
        <dt className="font-medium">{t("where")}</dt>
        <dd>
          {[session.place, session.online ? t("online") : null].filter(Boolean).join(" · ")}
          {session.onlineUrl ? (
            <>
              {" "}
              ·{" "}
              <TextAnchor href={session.onlineUrl} className="break-all" rel="noopener noreferrer">
                {session.onlineUrl}
              </TextAnchor>
            </>
          ) : null}
        </dd>
        <dt className="font-medium">{t("statusLabel")}</dt>
        <dd data-testid="application-status">{t(`status.${application.status}`)}</dd>
      </Panel>
      {application.status === "DENIED" && application.reason ? (
        <p>{t("reason", { reason: application.reason })}</p>
      ) : null}
      {application.status === "WAITING_LIST" && application.waitingListPosition ? (
        <p>{t("waitingPosition", { position: application.waitingListPosition })}</p>
      ) : null}
      {application.mayGiveInformation ? (
        <InformationForm
          save={submitInformationAction.bind(null, application.id)}
          fields={application.fields}
          answers={application.answers}
        />
      ) : null}
      {!application.mayGiveInformation && application.fields.length && Object.keys(application.answers).length ? (
        <Panel aria-labelledby="answers-title">
          <SectionTitle id="answers-title">{t("informationTitle")}</SectionTitle>
          <dl className="mt-2 space-y-2">
            {application.fields.map((field) => (
              <div key={field.id}>
                <dt className="font-medium">{field.label}</dt>
                <dd dir="auto">
                  {field.kind === "yesno" && application.answers[field.id]
                    ? t(application.answers[field.id] === "yes" ? "yes" : "no")
                    : (application.answers[field.id] ?? "")}
                </dd>
              </div>
            ))}
          </dl>
        </Panel>
      ) : null}
      {application.mayWithdraw ? (
        <form action={`/api/workshops/applications/${application.id}/withdraw`} method="post">
          <ConfirmButton question={t("withdrawConfirm")} variant="danger">
            {t("withdraw")}
          </ConfirmButton>
        </form>
      ) : null}
    </div>
  );
}
