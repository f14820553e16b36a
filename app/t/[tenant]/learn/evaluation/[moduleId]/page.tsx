import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { evaluationStatus } from "@/lib/learning/course-evaluation";
import { learnerPage, orNotFound } from "../../quiz/guard";
import { EvaluationForm } from "./evaluation-form";
import { sendEvaluationAction } from "./actions";

// The course evaluation: the feedback form, or when already sent, when it was.
export default async function EvaluationPage({ params }: { params: Promise<{ moduleId: string }> }) {
  const { moduleId } = await params;
  const { scope, viewer } = await learnerPage(`/learn/evaluation/${moduleId}`);
  const [t, format, locale] = await Promise.all([getTranslations("Evaluation"), getFormatter(), getLocale()]);
  const status = await orNotFound(evaluationStatus(scope, viewer.id, moduleId, locale));
  const courseHref = `/courses/${status.courseId}?tab=evaluation`;
  return (
    <div className="max-w-3xl space-y-6">
      <p><Link href={courseHref} className="text-brand underline">{t("backToCourse")}</Link></p>
      <h1 className="text-3xl font-bold">{status.title}</h1>
      {status.sentAt ? <p role="status" className="rounded bg-green-50 p-3 text-green-900">{t("alreadySent", { date: format.dateTime(status.sentAt, { dateStyle: "long" }) })}</p> : <EvaluationForm save={sendEvaluationAction.bind(null, moduleId)} courseHref={courseHref} />}
    </div>
  );
}
