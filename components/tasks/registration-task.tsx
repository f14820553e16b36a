"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { decideRegistrationAction } from "@/app/actions/tasks";
import { EMPTY_FORM, type FormState } from "@/lib/http/form-state";

const outcomeOf = (state: FormState) =>
  state.errors.decision
    ? "alreadyDecided"
    : state.done
      ? state.values.decision === "accept"
        ? "accepted"
        : "rejected"
      : null;

export interface RegistrationTaskView {
  id: string;
  name: string;
  username: string;
  email: string;
  position: string | null;
  administration: string;
  requestedAt: string;
}

/** One request: Accept at once; Reject behind a second step that asks for an optional reason. */
export function RegistrationTask({ task }: { task: RegistrationTaskView }) {
  const t = useTranslations("Tasks");
  const [state, action, pending] = useActionState<FormState, FormData>(decideRegistrationAction, EMPTY_FORM);
  const outcome = outcomeOf(state);
  if (outcome)
    return (
      <li role="status" className="rounded border border-slate-200 bg-slate-50 p-3">
        {t(outcome, { name: task.name })}
      </li>
    );
  return (
    <li className="rounded border border-slate-200 p-3" data-testid="registration-task">
      <p>
        {t("registration", {
          name: task.name,
          username: task.username,
          email: task.email,
          administration: task.administration,
          date: task.requestedAt,
        })}
      </p>
      {task.position ? <p className="text-sm text-slate-600">{t("position", { position: task.position })}</p> : null}
      <div className="mt-2 flex flex-wrap items-start gap-3">
        <form action={action}>
          <input type="hidden" name="requestId" value={task.id} />
          <input type="hidden" name="decision" value="accept" />
          <button
            type="submit"
            disabled={pending}
            className="rounded bg-green-700 px-3 py-1.5 text-white hover:bg-green-800"
          >
            {t("accept")}
          </button>
        </form>
        <details>
          <summary className="cursor-pointer rounded border border-red-700 px-3 py-1.5 text-red-800">
            {t("reject")}
          </summary>
          <form action={action} className="mt-2 space-y-2">
            <input type="hidden" name="requestId" value={task.id} />
            <input type="hidden" name="decision" value="reject" />
            <label htmlFor={`reason-${task.id}`} className="block text-sm font-medium">
              {t("reason")}
            </label>
            <textarea
              id={`reason-${task.id}`}
              name="reason"
              maxLength={1000}
              rows={2}
              className="w-full rounded border border-slate-400 px-2 py-1"
            />
            <p className="text-sm">{t("confirmReject")}</p>
            <button
              type="submit"
              disabled={pending}
              className="rounded bg-red-700 px-3 py-1.5 text-white hover:bg-red-800"
            >
              {t("reject")}
            </button>
          </form>
        </details>
      </div>
    </li>
  );
}
