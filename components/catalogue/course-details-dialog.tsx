"use client";

import { Info, X } from "lucide-react";
import { useId, useRef, type ReactNode } from "react";
import { buttonClass } from "@/components/ui/button-class";
import { useHydrated } from "@/components/ui/use-hydrated";

/**
 * The catalogue card's "Details" button and the course's details in a modal dialog of the page (`showModal`: the
 * rest of the page is inert, Escape or Close close it, focus goes back to the button). Without JavaScript there is
 * no button: the card's title links to the course page, which says all of it.
 */
export function CourseDetailsDialog({
  title,
  label,
  closeLabel,
  children,
}: {
  title: string;
  label: string;
  closeLabel: string;
  children: ReactNode;
}) {
  const hydrated = useHydrated();
  const dialog = useRef<HTMLDialogElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  if (!hydrated) return null;
  return (
    <>
      <button
        ref={trigger}
        type="button"
        className={buttonClass("secondary", "sm", "inline-flex items-center gap-1.5")}
        aria-haspopup="dialog"
        onClick={() => dialog.current?.showModal()}
        data-testid="course-details-button"
      >
        <Info size={16} aria-hidden="true" />
        {label}
        <span className="sr-only">: {title}</span>
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        className="m-auto max-h-[calc(100dvh-2rem)] w-[min(36rem,calc(100vw-2rem))] overflow-y-auto rounded-lg border border-slate-300 bg-white p-5 text-start text-slate-900 shadow-xl backdrop:bg-slate-900/50"
        onClose={() => trigger.current?.focus()}
        data-testid="course-details"
      >
        <div className="mb-3 flex items-start gap-3">
          <h2 id={titleId} className="flex-1 text-xl font-semibold">
            {title}
          </h2>
          <button
            type="button"
            className={buttonClass("neutral", "icon")}
            onClick={() => dialog.current?.close()}
            aria-label={closeLabel}
          >
            <X size={18} aria-hidden="true" />
          </button>
        </div>
        {children}
      </dialog>
    </>
  );
}
