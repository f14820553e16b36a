"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { noteWaiting } from "@/components/learning/device-waiting";
import { Button } from "@/components/ui/button";
import { playerNavigation } from "@/lib/scorm/player-navigation";
import { DeviceStatus, type DeviceReport } from "./device-status";

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
  const [device, setDevice] = useState<DeviceReport | null>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  // What waits on the device, asked again once this page listens (the frame's first report may come before).
  const askReport = useCallback(
    () => frame.current?.contentWindow?.postMessage({ type: "scorm-report" }, contentOrigin),
    [contentOrigin],
  );
  useEffect(() => {
    let finished = false;
    let waiting = 0;
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== contentOrigin) return;
      const data = event.data as { type?: unknown; status?: unknown; nav?: unknown; device?: DeviceReport } | null;
      if (data?.type !== "scorm-status" || typeof data.status !== "string") return;
      if (data.device && typeof data.device.waiting === "number") {
        setDevice(data.device);
        waiting = data.device.waiting;
        noteWaiting(waiting);
      }
      if (!STATUSES.has(data.status)) return;
      setStatus(data.status as Status);
      if (data.status !== "finished") return;
      finished = true;
      window.opener?.postMessage({ type: "scorm-finished" }, window.location.origin);
      // Progress that was not recorded (a newer record kept, the attempt finished elsewhere) is read here before the
      // window goes anywhere.
      if (data.device?.problem === "newer" || data.device?.problem === "finished") return;
      const next = playerNavigation(data.nav, position, positions);
      if (next && "go" in next) window.location.assign(next.go);
      else if (next) {
        if (window.opener) window.close();
        else window.location.assign(coursePath);
      }
    };
    // A session closed before it finished may have left its last commit on the device (sent by a beacon nobody
    // acknowledged): the course page sends it, or learns it was stored.
    const onPageHide = () => {
      if (!finished && !review && !guestFinished) noteWaiting(Math.max(1, waiting));
    };
    window.addEventListener("message", onMessage);
    window.addEventListener("pagehide", onPageHide);
    askReport();
    return () => {
      window.removeEventListener("message", onMessage);
      window.removeEventListener("pagehide", onPageHide);
    };
  }, [contentOrigin, position, positions, coursePath, review, guestFinished, askReport]);
  const message = {
    running: "",
    saved: t("saved"),
    finished: guestFinished ?? t("finished"),
    retrying: !review && device && device.problem !== "storage" ? t("device.kept") : t("failed"),
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
        <div className="space-y-1">
          <p role="status" className="min-h-6 text-sm" data-testid="player-status">
            {message}
          </p>
          {guestFinished ? null : <DeviceStatus report={device} />}
        </div>
        {review || guestFinished || status === "finished" || status === "refused" ? null : (
          <Button type="button" variant="secondary" size="sm" onClick={suspend} disabled={status === "suspending"}>
            {t("suspend")}
          </Button>
        )}
      </div>
      <iframe
        ref={frame}
        src={src}
        onLoad={askReport}
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
