import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { evaluationStatus } from "@/lib/learning/evaluation-status";
import { EvaluationForm } from "./evaluation-form";
import { loadPage, orNotFound } from "@/lib/http/load-page";
import { visibilityScope } from "@/lib/auth/visibility-scope";
import { PageTitle } from "@/components/ui/page-title";
import { Notice } from "@/components/ui/notice";
import { TextLink } from "@/components/ui/text-link";
import { sendEvaluationAction } from "./actions";

// The course evaluation: the feedback form, or when already sent, when it was.
export default async function EvaluationPage({ params }: { params: Promise<{ moduleId: string }> }) {
  const { moduleId } = await params;
  const entry = await loadPage({ signIn: `/learn/evaluation/${moduleId}` });
  const { viewer } = entry;
  const scope = visibilityScope(entry);
  const [t, format, locale] = await Promise.all([getTranslations("Evaluation"), getFormatter(), getLocale()]);
  const status = await orNotFound(evaluationStatus(scope, viewer.id, moduleId, locale));
  const courseHref = `/courses/${status.courseId}?tab=evaluation`;
  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <TextLink href={courseHref}>{t("backToCourse")}</TextLink>
      </p>
      <PageTitle>{status.title}</PageTitle>
      {status.sentAt ? (
        <Notice tone="success">
          {t("alreadySent", { date: format.dateTime(status.sentAt, { dateStyle: "long" }) })}
        </Notice>
      ) : (
        <EvaluationForm save={sendEvaluationAction.bind(null, moduleId)} courseHref={courseHref} />
      )}
    </div>
  );
}
