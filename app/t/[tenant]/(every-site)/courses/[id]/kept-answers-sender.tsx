"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useSyncExternalStore } from "react";
import { KeptAnswersRefusal } from "@/components/quiz/kept-answers-refusal";
import { TextLink } from "@/components/ui/text-link";
import {
  forgetKept,
  keep,
  keptSubmissionsOfCourse,
  keptSubmissionsText,
  sendKept,
  sentOfCourse,
  subscribeKept,
} from "@/lib/quiz/kept-answers";

/**
 * Quiz answers of this course submitted on the device without a connection: sent when the course page opens (and
 * when the connection returns), graded by the server, with a link to the result; a refusal is shown with its reason
 * (ADR 0050). Draws nothing when the device keeps none, which is nearly always.
 */
export function KeptAnswersSender({ viewerId, courseId }: { viewerId: string; courseId: string }) {
  const t = useTranslations("KeptAnswers");
  const router = useRouter();
  const kept = useSyncExternalStore(
    subscribeKept,
    () => keptSubmissionsText(viewerId, courseId),
    () => "[]",
  );
  const sent = useSyncExternalStore(
    subscribeKept,
    () => sentOfCourse(courseId),
    () => "",
  );

  const sendAll = useCallback(async () => {
    const waiting = keptSubmissionsOfCourse(viewerId, courseId).filter((entry) => entry.kept.state === "waiting");
    const outcomes = await Promise.all(waiting.map((entry) => sendKept(viewerId, entry.attemptId, entry.kept)));
    // The course's progress changes when a quiz is passed.
    if (outcomes.some((outcome) => outcome.kind === "sent")) router.refresh();
  }, [viewerId, courseId, router]);

  useEffect(() => {
    void sendAll();
    window.addEventListener("online", sendAll);
    return () => window.removeEventListener("online", sendAll);
  }, [sendAll]);

  const entries = JSON.parse(kept) as ReturnType<typeof keptSubmissionsOfCourse>;
  if (!entries.length && !sent) return null;
  return (
    <div className="space-y-2" data-testid="kept-answers-course">
      {sent
        ? sent.split(" ").map((attemptId) => (
            <p role="status" key={attemptId} className="rounded bg-green-50 p-3 text-green-900">
              {t("sentFromCourse")} <TextLink href={`/learn/quiz/attempt/${attemptId}`}>{t("seeResult")}</TextLink>
            </p>
          ))
        : null}
      {entries.map(({ attemptId, kept: entry }) =>
        entry.state === "refused" ? (
          <KeptAnswersRefusal
            key={attemptId}
            reason={entry.reason ?? "notOpen"}
            onRetry={() => {
              keep(viewerId, attemptId, { ...entry, state: "waiting", reason: undefined });
              void sendAll();
            }}
            onRemove={() => forgetKept(viewerId, attemptId)}
          />
        ) : (
          <p role="status" key={attemptId} className="rounded bg-amber-50 p-3 text-amber-900">
            {t("keptOffline")} <TextLink href={`/learn/quiz/attempt/${attemptId}`}>{t("openAttempt")}</TextLink>
          </p>
        ),
      )}
    </div>
  );
}
