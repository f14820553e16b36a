"use client";

import { Info, X } from "lucide-react";
import { useId, useRef, useState } from "react";
import type { CourseDetailsText } from "@/lib/catalogue/course-details-text";
import { buttonClass } from "@/components/ui/button-class";
import { useHydrated } from "@/components/ui/use-hydrated";
import { CourseDetailsBody } from "./course-details-body";

type Loaded = { state: "idle" | "loading" | "failed" } | { state: "ready"; details: CourseDetailsText };

/**
 * The catalogue card's "Details" button and the course's details in a modal dialog of the page (`showModal`: the
 * rest of the page is inert, Escape or Close close it, focus goes back to the button). The details are asked for
 * when the dialog first opens (`/api/catalogue/courses/<id>/details`), so a result page carries none of them.
 * Without JavaScript there is no button: the card's title links to the course page, which says all of it.
 */
export function CourseDetailsDialog({
  courseId,
  title,
  words,
}: {
  courseId: string;
  title: string;
  /** The button's label, its accessible name ("Details: …"), and the dialog's words while loading or failing. */
  words: { label: string; name: string; close: string; loading: string; failed: string; goToCourse: string };
}) {
  const hydrated = useHydrated();
  const dialog = useRef<HTMLDialogElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const [loaded, setLoaded] = useState<Loaded>({ state: "idle" });
  if (!hydrated) return null;

  async function open() {
    dialog.current?.showModal();
    if (loaded.state === "ready" || loaded.state === "loading") return;
    setLoaded({ state: "loading" });
    try {
      const answer = await fetch(`/api/catalogue/courses/${courseId}/details`, {
        headers: { Accept: "application/json" },
      });
      if (!answer.ok) throw new Error(`details: ${answer.status}`);
      setLoaded({ state: "ready", details: (await answer.json()) as CourseDetailsText });
    } catch {
      setLoaded({ state: "failed" });
    }
  }

  return (
    <>
      <button
        ref={trigger}
        type="button"
        className={buttonClass("secondary", "sm", "inline-flex items-center gap-1.5")}
        aria-haspopup="dialog"
        aria-label={words.name}
        onClick={open}
        data-testid="course-details-button"
      >
        <Info size={16} aria-hidden="true" />
        {words.label}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        aria-busy={loaded.state === "loading" || undefined}
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
            aria-label={words.close}
          >
            <X size={18} aria-hidden="true" />
          </button>
        </div>
        {loaded.state === "ready" ? (
          <CourseDetailsBody details={loaded.details} />
        ) : loaded.state === "failed" ? (
          <p role="alert" className="text-red-900">
            {words.failed}{" "}
            <a href={`/courses/${courseId}`} className="font-medium underline">
              {words.goToCourse}
            </a>
          </p>
        ) : (
          <p role="status" className="text-slate-700">
            {words.loading}
          </p>
        )}
      </dialog>
    </>
  );
}
