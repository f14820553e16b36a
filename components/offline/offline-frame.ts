"use client";

import { useCallback, useEffect, useRef, useState } from "react";

/** A course kept on this device, as the download frame reports it. */
export interface KeptCourse {
  courseId: string;
  title: string;
  bytes: number;
  complete: boolean;
}

export interface FrameState {
  /** Null until the frame reported; "unavailable" when the browser keeps nothing for it. */
  deviceId: string | null;
  unavailable: boolean;
  courses: KeptCourse[];
  progress: { courseId: string; done: number; total: number } | null;
  problem: { courseId: string; kind: "short" | "failed"; needed?: number; available?: number } | null;
}

/** How many courses this device keeps, noted in the platform's storage: the dashboard loads the frame only then. */
const KEPT_NOTE = "clikc.offline.kept";

export function notedKept(): number {
  try {
    return Number(localStorage.getItem(KEPT_NOTE) ?? 0) || 0;
  } catch {
    return 0;
  }
}

function noteKept(count: number) {
  try {
    localStorage.setItem(KEPT_NOTE, String(count));
  } catch {
    // Not noted: the dashboard does not list what this device keeps; the course pages still do.
  }
}

const INITIAL: FrameState = { deviceId: null, unavailable: false, courses: [], progress: null, problem: null };

/**
 * The content origin's download frame (lib/offline/download-frame.js, ADR 0051) as a page sees it: what it reports,
 * and `send` to give it a message. Only messages from the content origin of the frame's kind are heard.
 */
export function useOfflineFrame(contentOrigin: string) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [state, setState] = useState<FrameState>(INITIAL);
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const data = event.data as Record<string, unknown> | null;
      if (event.origin !== contentOrigin || event.source !== frame.current?.contentWindow || !data) return;
      if (data.type === "offline-state") {
        noteKept((data.courses as KeptCourse[]).length);
        setState((s) => ({
          ...s,
          deviceId: String(data.deviceId),
          courses: data.courses as KeptCourse[],
          progress: null,
        }));
      } else if (data.type === "offline-unavailable") setState((s) => ({ ...s, unavailable: true }));
      else if (data.type === "offline-progress")
        setState((s) => ({ ...s, problem: null, progress: data as unknown as FrameState["progress"] }));
      else if (data.type === "offline-short" || data.type === "offline-failed")
        setState((s) => ({
          ...s,
          problem: {
            courseId: String(data.courseId),
            kind: data.type === "offline-short" ? "short" : "failed",
            needed: data.needed as number | undefined,
            available: data.available as number | undefined,
          },
        }));
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, [contentOrigin]);
  const send = useCallback(
    (message: Record<string, unknown>) => frame.current?.contentWindow?.postMessage(message, contentOrigin),
    [contentOrigin],
  );
  return { frame, state, send };
}
