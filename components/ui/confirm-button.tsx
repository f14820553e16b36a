"use client";

import { useTranslations } from "next-intl";
import { useId, useRef } from "react";
import { Button, type ButtonProps } from "./button";
import { buttonClass } from "./button-class";
import { useHydrated } from "./use-hydrated";

/**
 * A submit button that asks before a destructive action (the question is already translated), in a dialog of the
 * page: `showModal` makes the rest of the page inert (focus stays inside), Escape or Cancel close it, and focus goes
 * back to the button. Without JavaScript the button is a disclosure whose panel asks the same question and holds the
 * real submit button, so nothing is posted on the first press either way.
 */
export function ConfirmButton({
  question,
  children,
  variant,
  size,
  className,
  disabled,
  title,
  "aria-label": ariaLabel,
  ...submit
}: ButtonProps & { question: string }) {
  const t = useTranslations("Confirm");
  const hydrated = useHydrated();
  const dialog = useRef<HTMLDialogElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  const confirmVariant = variant === "neutral" || variant === "secondary" || !variant ? "primary" : variant;

  if (!hydrated)
    return (
      <details className="confirm-disclosure relative inline-block">
        <summary
          className={buttonClass(variant, size, `cursor-pointer list-none ${className ?? ""}`)}
          aria-label={ariaLabel}
          title={title}
        >
          {children}
        </summary>
        <div className="absolute end-0 z-10 mt-1 w-64 rounded border border-slate-300 bg-white p-3 text-start text-slate-900 shadow-lg">
          <p id={questionId} className="mb-2 text-sm">
            {question}
          </p>
          <Button {...submit} variant={confirmVariant} size="sm" disabled={disabled} aria-describedby={questionId}>
            {t("confirm")}
          </Button>
        </div>
      </details>
    );

  return (
    <>
      <button
        ref={trigger}
        type="button"
        className={buttonClass(variant, size, className)}
        disabled={disabled}
        aria-label={ariaLabel}
        title={title}
        aria-haspopup="dialog"
        onClick={() => dialog.current?.showModal()}
      >
        {children}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={questionId}
        className="m-auto w-[min(24rem,calc(100vw-2rem))] rounded-lg border border-slate-300 bg-white p-5 text-start text-slate-900 shadow-xl backdrop:bg-slate-900/50"
        onClose={() => trigger.current?.focus()}
      >
        <p id={questionId} className="mb-4 text-base font-normal">
          {question}
        </p>
        <div className="flex flex-wrap justify-end gap-2">
          <Button type="button" variant="secondary" autoFocus onClick={() => dialog.current?.close()}>
            {t("cancel")}
          </Button>
          <Button {...submit} variant={confirmVariant} onClick={() => dialog.current?.close()}>
            {t("confirm")}
          </Button>
        </div>
      </dialog>
    </>
  );
}
