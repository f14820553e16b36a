"use client";

import { X } from "lucide-react";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import type { CourseDetailsText } from "@/lib/catalogue/course-details-text";
import { buttonClass } from "@/components/ui/button-class";
import { useHydrated } from "@/components/ui/use-hydrated";
import { CourseDetailsBody } from "./course-details-body";
import { DETAILS_COURSE, DETAILS_TITLE } from "./course-details-trigger";

type Loaded =
  { state: "loading" | "failed"; courseId: string } | { state: "ready"; courseId: string; details: CourseDetailsText };

/**
 * The catalogue's one details dialog for a whole list of cards: each card's "Details" button is drawn by the server
 * (hidden until this component has hydrated: without JavaScript the card's title links to the course page, which
 * says all of it), and a click on any of them opens this modal dialog of the page (`showModal`: the rest of the
 * page is inert, Escape or Close close it, focus goes back to the button). One client component per list, not
 * per card, keeps the page's hydration short on a phone. The details are asked for when a course's dialog first
 * opens (`/api/catalogue/courses/<id>/details`) and kept for the page's life.
 */
export function CourseDetailsDialog({
  words,
  children,
}: {
  /** The dialog's words: Close, while loading, when loading failed, and the failure's link to the course page. */
  words: { close: string; loading: string; failed: string; goToCourse: string };
  children: ReactNode;
}) {
  const hydrated = useHydrated();
  const list = useRef<HTMLDivElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const trigger = useRef<HTMLElement | null>(null);
  const loadedDetails = useRef(new Map<string, CourseDetailsText>());
  // One request per course: reopening a dialog while its details load waits for the same answer.
  const detailsRequests = useRef(new Map<string, Promise<CourseDetailsText>>());
  const titleId = useId();
  const [title, setTitle] = useState("");
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    const element = list.current;
    if (!element) return;
    async function open(button: HTMLElement) {
      const courseId = button.getAttribute(DETAILS_COURSE) ?? "";
      trigger.current = button;
      setTitle(button.getAttribute(DETAILS_TITLE) ?? "");
      dialog.current?.showModal();
      const known = loadedDetails.current.get(courseId);
      if (known) return setLoaded({ state: "ready", courseId, details: known });
      setLoaded({ state: "loading", courseId });
      let request = detailsRequests.current.get(courseId);
      if (!request) {
        request = fetchDetails(courseId);
        detailsRequests.current.set(courseId, request);
        // A failed request is forgotten, so the next opening asks again.
        request.catch(() => detailsRequests.current.delete(courseId));
      }
      try {
        const details = await request;
        loadedDetails.current.set(courseId, details);
        // A slow answer for a course whose dialog was closed and another opened since is kept, not shown.
        setLoaded((now) => (now?.courseId === courseId ? { state: "ready", courseId, details } : now));
      } catch {
        setLoaded((now) => (now?.courseId === courseId ? { state: "failed", courseId } : now));
      }
    }
    const onClick = (event: MouseEvent) => {
      const button = (event.target as Element | null)?.closest<HTMLElement>(`[${DETAILS_COURSE}]`);
      if (button && element.contains(button)) void open(button);
    };
    element.addEventListener("click", onClick);
    return () => element.removeEventListener("click", onClick);
  }, []);

  return (
    <div ref={list} className="group" data-details-ready={hydrated || undefined}>
      {children}
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        aria-busy={loaded?.state === "loading" || undefined}
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
        {loaded?.state === "ready" ? (
          <CourseDetailsBody details={loaded.details} />
        ) : loaded?.state === "failed" ? (
          <p role="alert" className="text-red-900">
            {words.failed}{" "}
            <a href={`/courses/${loaded.courseId}`} className="font-medium underline">
              {words.goToCourse}
            </a>
          </p>
        ) : (
          <p role="status" className="text-slate-700">
            {words.loading}
          </p>
        )}
      </dialog>
    </div>
  );
}

async function fetchDetails(courseId: string): Promise<CourseDetailsText> {
  const answer = await fetch(`/api/catalogue/courses/${courseId}/details`, { headers: { Accept: "application/json" } });
  if (!answer.ok) throw new Error(`details: ${answer.status}`);
  return (await answer.json()) as CourseDetailsText;
}
