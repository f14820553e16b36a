"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useSyncExternalStore, type FormEvent, type ReactNode } from "react";
import { useOnline } from "@/components/pwa/use-online";
import { KeptAnswersRefusal } from "@/components/quiz/kept-answers-refusal";
import {
  fieldsOf,
  forgetKept,
  isSending,
  keep,
  keptText,
  parseKept,
  readKept,
  sendKept,
  sentFromHere,
  subscribeKept,
  type KeptAnswers,
} from "@/lib/quiz/kept-answers";

// While a submission waits, the server is asked again this often (a connection that says it is up but is not).
const RETRY_MS = 30_000;

/** Puts kept answers back into the attempt's form (the page is drawn empty by the server). */
function restore(form: HTMLFormElement, fields: KeptAnswers["fields"]) {
  for (const [name, value] of fields) {
    if (name === "submission") continue;
    for (const control of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>(`[name="${CSS.escape(name)}"]`))
      if (control instanceof HTMLInputElement && (control.type === "radio" || control.type === "checkbox"))
        control.checked ||= control.value === value;
      else control.value = value;
  }
}

/** A submitted answer cannot change: its controls are locked while it waits to be sent (none is disabled otherwise). */
function lock(form: HTMLFormElement, locked = true) {
  for (const control of form.elements) if ("disabled" in control) (control as HTMLInputElement).disabled = locked;
}

/**
 * The attempt's answers kept on the device as the learner gives them, restored when the page opens again, and a
 * submission that cannot reach the server kept until it can: sent at the next connection, graded by the server,
 * whose result the page then shows (ADR 0050). Without JavaScript the form posts as it is.
 */
export function AnswersOnDevice({
  viewerId,
  attemptId,
  courseId,
  submitted,
  timed,
  children,
}: {
  viewerId: string;
  attemptId: string;
  courseId: string;
  submitted: boolean;
  timed: boolean;
  children: ReactNode;
}) {
  const t = useTranslations("KeptAnswers");
  const router = useRouter();
  const online = useOnline();
  const area = useRef<HTMLDivElement>(null);
  const kept = parseKept(
    useSyncExternalStore(
      subscribeKept,
      () => keptText(viewerId, attemptId),
      () => null,
    ),
  );
  const sent = useSyncExternalStore(
    subscribeKept,
    () => sentFromHere(attemptId),
    () => false,
  );
  const sending = useSyncExternalStore(
    subscribeKept,
    () => isSending(attemptId),
    () => false,
  );
  const form = () => area.current?.querySelector("form") ?? null;

  const send = useCallback(async () => {
    const queued = readKept(viewerId, attemptId);
    if (queued?.state !== "waiting" || !navigator.onLine) return;
    const outcome = await sendKept(viewerId, attemptId, queued);
    // Graded, by this submission or another: the server's page shows the result. A refusal of an attempt no longer
    // open stays on this page, whose next version would be "not found".
    if (outcome.kind === "sent" || (outcome.kind === "refused" && outcome.reason === "alreadySubmitted"))
      router.refresh();
  }, [viewerId, attemptId, router]);

  useEffect(() => {
    const found = readKept(viewerId, attemptId);
    const shown = form();
    // A draft of an attempt graded elsewhere was never submitted here: the attempt's own result stands.
    if (found?.state === "draft" && submitted) forgetKept(viewerId, attemptId);
    else if (found && shown) {
      restore(shown, found.fields);
      if (found.state === "waiting") lock(shown);
    }
    void send();
    window.addEventListener("online", send);
    return () => window.removeEventListener("online", send);
  }, [viewerId, attemptId, submitted, send]);

  const waiting = kept?.state === "waiting";
  useEffect(() => {
    if (!waiting) return;
    const timer = window.setInterval(send, RETRY_MS);
    return () => window.clearInterval(timer);
  }, [waiting, send]);

  const onChange = () => {
    const shown = form();
    if (shown && readKept(viewerId, attemptId)?.state !== "waiting")
      keep(viewerId, attemptId, { courseId, state: "draft", fields: fieldsOf(shown) });
  };

  const onSubmit = (event: FormEvent<HTMLDivElement>) => {
    const shown = event.target as HTMLFormElement;
    // Kept first, so the submission survives whatever happens to the request; posted as it is if it cannot be kept.
    if (!keep(viewerId, attemptId, { courseId, state: "waiting", fields: fieldsOf(shown) })) return;
    event.preventDefault();
    lock(shown);
    void send();
  };

  const retry = () => {
    if (kept) keep(viewerId, attemptId, { ...kept, state: "waiting", reason: undefined });
    void send();
  };

  const remove = () => {
    forgetKept(viewerId, attemptId);
    const shown = form();
    if (shown) lock(shown, false);
    router.refresh();
  };

  // On its way, a submission is what it was a moment ago: saved on the device; "waiting" once a send did not get through.
  const status = sent
    ? "sent"
    : waiting && !sending
      ? "waiting"
      : waiting || (kept?.state === "draft" && !submitted)
        ? "saved"
        : null;
  return (
    <>
      {timed && !online && !submitted ? (
        <p role="alert" className="rounded bg-amber-50 p-3 text-amber-900" data-testid="timed-offline">
          {t("timedOffline")}
        </p>
      ) : null}
      {kept?.state === "refused" ? (
        <KeptAnswersRefusal reason={kept.reason ?? "notOpen"} onRetry={retry} onRemove={remove} />
      ) : null}
      <p role="status" data-testid="kept-answers-status" className={status ? "text-sm" : "sr-only"}>
        {status ? (
          <>
            <span className="font-medium">{t(`status.${status}`)}</span>
            {status === "waiting" ? ` ${t("keptOffline")}` : null}
          </>
        ) : null}
      </p>
      <div ref={area} onChange={onChange} onSubmit={onSubmit}>
        {children}
      </div>
    </>
  );
}
