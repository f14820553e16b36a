"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

interface Props {
  contentOrigin: string;
  src: string;
  title: string;
}

type Status = "running" | "saved" | "finished" | "retrying" | "refused";
const STATUSES = new Set<string>(["saved", "finished", "retrying", "refused"]);

/**
 * The frame of a SCO: the SCORM runtime runs on the content origin next to the package
 * (lib/scorm/content-runtime.js) and reports each stored commit here, so the learner sees that her progress
 * is saved, and the course page that opened this window learns when the SCO is finished.
 */
export function ScormPlayer({ contentOrigin, src, title }: Props) {
  const t = useTranslations("Player");
  const [status, setStatus] = useState<Status>("running");
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== contentOrigin) return;
      const data = event.data as { type?: unknown; status?: unknown } | null;
      if (data?.type !== "scorm-status" || typeof data.status !== "string" || !STATUSES.has(data.status)) return;
      setStatus(data.status as Status);
      if (data.status === "finished") window.opener?.postMessage({ type: "scorm-finished" }, window.location.origin);
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, [contentOrigin]);
  const message = {
    running: "",
    saved: t("saved"),
    finished: t("finished"),
    retrying: t("failed"),
    refused: t("refused"),
  }[status];
  return (
    <div className="space-y-2">
      <p role="status" className="min-h-6 text-sm" data-testid="player-status">
        {message}
      </p>
      <iframe
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
