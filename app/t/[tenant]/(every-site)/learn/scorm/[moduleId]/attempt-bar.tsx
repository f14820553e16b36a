import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { AttemptState } from "@/lib/scorm/attempt-policy";

const REFUSALS = new Set(["noNewAttempt", "attemptNotOver", "attemptNotLatest"]);

/**
 * Which attempt the learner is on and how the module is graded; in a review, that nothing she does is recorded
 * and, when the settings allow it, the button that starts the next attempt (a plain form: it works without
 * JavaScript).
 */
export async function AttemptBar({
  moduleId,
  attemptId,
  position,
  attempt,
  error,
}: {
  moduleId: string;
  attemptId: string;
  position: number;
  attempt: AttemptState;
  error?: string;
}) {
  const t = await getTranslations("Player.attempt");
  const grading = t(`grading.${attempt.grading}`);
  return (
    <div className="space-y-2" data-testid="attempt-bar">
      <p className="text-sm text-slate-700">
        {attempt.limit === null
          ? t("numberUnlimited", { number: attempt.number, grading })
          : t("numberOf", { number: attempt.number, limit: attempt.limit, grading })}
      </p>
      {error && REFUSALS.has(error) ? <Notice tone="error">{t(`refused.${error}`)}</Notice> : null}
      {attempt.review ? (
        <div className="flex flex-wrap items-center gap-3 rounded border border-amber-300 bg-amber-50 p-3">
          <p className="flex-1 text-sm" role="status">
            {t("review")}
            {attempt.mayStartNew
              ? null
              : ` ${attempt.limit !== null && attempt.number >= attempt.limit ? t("noneLeft") : t("noRetake")}`}
          </p>
          {attempt.mayStartNew ? (
            <form action={`/api/learn/scorm/${moduleId}/attempts`} method="post">
              <input type="hidden" name="attemptId" value={attemptId} />
              <input type="hidden" name="sco" value={position} />
              <Button size="sm">
                {attempt.limit === null
                  ? t("startUnlimited", { number: attempt.number + 1 })
                  : t("start", { number: attempt.number + 1, limit: attempt.limit })}
              </Button>
            </form>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
