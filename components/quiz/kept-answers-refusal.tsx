"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import type { RefusalReason } from "@/lib/quiz/kept-answers";

/**
 * Answers kept on the device that the server did not take, and why: they stay until the learner removes them, so
 * none is lost without a word (ADR 0050). "Try again" when the refusal may pass (signed out meanwhile).
 */
export function KeptAnswersRefusal({
  reason,
  onRetry,
  onRemove,
}: {
  reason: RefusalReason;
  onRetry: () => void;
  onRemove: () => void;
}) {
  const t = useTranslations("KeptAnswers");
  return (
    <div role="alert" className="space-y-2 rounded border border-red-300 bg-red-50 p-3 text-red-900">
      <p data-testid="kept-answers-refused">{t(`refused.${reason}`)}</p>
      <form
        className="flex flex-wrap gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          onRemove();
        }}
      >
        {reason === "notOpen" ? (
          <Button type="button" variant="secondary" size="sm" onClick={onRetry}>
            {t("tryAgain")}
          </Button>
        ) : null}
        <ConfirmButton question={t("removeConfirm")} variant="danger" size="sm">
          {t("remove")}
        </ConfirmButton>
      </form>
    </div>
  );
}
