"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { playerNavigation } from "@/lib/scorm/player-navigation";

interface Props {
  contentOrigin: string;
  src: string;
  title: string;
  /** The SCO shown, and every SCO's position by identifier (a SCO's choice names an identifier). */
  position: number;
  positions: Record<string, number>;
  /** The course page, where the player goes when it is not a pop-up. */
  coursePath: string;
  /** A review records nothing: there is nothing to resume later. */
  review: boolean;
  /** A guest's frame (ADR 0042): nothing is recorded either, and the end says so. */
  guestFinished?: string;
}

type Status = "running" | "saved" | "finished" | "retrying" | "refused" | "suspending";
const STATUSES = new Set<string>(["saved", "finished", "retrying", "refused"]);

/**
 * The frame of a SCO: the SCORM runtime runs on the content origin next to the package
 * (lib/scorm/content-runtime.js) and reports each stored commit here, so the learner sees that her progress
 * is saved, and the course page that opened this window learns when the SCO is finished. A SCO that terminates
 * with a navigation request (continue, previous, a choice, exit all, suspend all) is followed here, once its last
 * commit is stored, through the server's sequencing (lib/scorm/player-navigation.ts).
 */
export function ScormPlayer({
  contentOrigin,
  src,
  title,
  position,
  positions,
  coursePath,
  review,
  guestFinished,
}: Props) {
  const t = useTranslations("Player");
  const [status, setStatus] = useState<Status>("running");
  const frame = useRef<HTMLIFrameElement>(null);
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== contentOrigin) return;
      const data = event.data as { type?: unknown; status?: unknown; nav?: unknown } | null;
      if (data?.type !== "scorm-status" || typeof data.status !== "string" || !STATUSES.has(data.status)) return;
      setStatus(data.status as Status);
      if (data.status !== "finished") return;
      window.opener?.postMessage({ type: "scorm-finished" }, window.location.origin);
      const next = playerNavigation(data.nav, position, positions);
      if (next && "go" in next) window.location.assign(next.go);
      else if (next) {
        if (window.opener) window.close();
        else window.location.assign(coursePath);
      }
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, [contentOrigin, position, positions, coursePath]);
  const message = {
    running: "",
    saved: t("saved"),
    finished: guestFinished ?? t("finished"),
    retrying: t("failed"),
    refused: t("refused"),
    suspending: t("suspending"),
  }[status];
  const suspend = () => {
    setStatus("suspending");
    frame.current?.contentWindow?.postMessage({ type: "scorm-suspend" }, contentOrigin);
  };
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p role="status" className="min-h-6 text-sm" data-testid="player-status">
          {message}
        </p>
        {review || guestFinished || status === "finished" || status === "refused" ? null : (
          <Button type="button" variant="secondary" size="sm" onClick={suspend} disabled={status === "suspending"}>
            {t("suspend")}
          </Button>
        )}
      </div>
      <iframe
        ref={frame}
        src={src}
        title={title}
        className="h-[75vh] w-full rounded border border-slate-300 bg-white"
        // The package runs on the content origin: scripts, forms and its own dialogs (a resume prompt is a
        // confirm()), but no access to this page.
        sandbox="allow-scripts allow-same-origin allow-forms allow-popups allow-downloads allow-modals"
        allow="fullscreen; autoplay"
      />
    </div>
  );
}
