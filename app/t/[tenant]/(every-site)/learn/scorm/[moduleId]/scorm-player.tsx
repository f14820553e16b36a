"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import * as crossFrame from "scorm-again/cross-frame-lms";
import * as scorm12 from "scorm-again/scorm12";
import * as scorm2004 from "scorm-again/scorm2004";

// The package's ES modules export named classes while its type declarations describe default exports.
const exported = <T,>(module: unknown, name: string): T => ((module as Record<string, unknown>)[name] ?? (module as { default: unknown }).default) as T;
const CrossFrameLMS = exported<typeof crossFrame.default>(crossFrame, "CrossFrameLMS");
const Scorm12API = exported<typeof scorm12.default>(scorm12, "Scorm12API");
const Scorm2004API = exported<typeof scorm2004.default>(scorm2004, "Scorm2004API");

interface Props {
  attemptId: string;
  version: "1.2" | "2004";
  cmi: unknown;
  commitSeq: number;
  contentOrigin: string;
  src: string;
  title: string;
}

type Status = "running" | "saved" | "finished" | "failed";

/**
 * The SCORM runtime (scorm-again) on the platform's origin: it loads the attempt's data (resume), answers
 * the package's calls relayed from the content origin, and commits to the platform with numbered commits.
 */
export function ScormPlayer({ attemptId, version, cmi, commitSeq, contentOrigin, src, title }: Props) {
  const t = useTranslations("Player");
  const [status, setStatus] = useState<Status>("running");
  const frame = useRef<HTMLIFrameElement>(null);
  useEffect(() => {
    let sequence = commitSeq;
    const settings = {
      lmsCommitUrl: `/api/scorm/attempts/${attemptId}/commit`,
      autocommit: true,
      autocommitSeconds: 30,
      // Commits go in the background: the package never waits on a slow connection.
      useAsynchronousCommits: true,
      logLevel: 4 as const,
      // Every commit carries a number after the last one stored, so the server ignores stale ones.
      requestHandler: (commit: unknown) => ({ cmi: (commit as { cmi?: unknown }).cmi ?? commit, commitSequence: ++sequence }),
    };
    const api = version === "1.2" ? new Scorm12API(settings) : new Scorm2004API(settings);
    if (cmi && typeof cmi === "object" && Object.keys(cmi).length) api.loadFromJSON(cmi as Record<string, unknown>, "");
    const bridge = new CrossFrameLMS(api, contentOrigin);
    // The package starts only once the bridge listens, so none of its first calls is lost.
    if (frame.current) frame.current.src = src;
    // The session ends when the package terminates; the opener learns of it once the final commit is stored.
    let terminated = false;
    api.on(version === "1.2" ? "LMSFinish" : "Terminate", () => {
      terminated = true;
    });
    api.on("CommitSuccess", () => {
      setStatus(terminated ? "finished" : "saved");
      if (terminated) window.opener?.postMessage({ type: "scorm-finished" }, window.location.origin);
    });
    api.on("CommitError", () => setStatus("failed"));
    return () => {
      bridge.destroy?.();
    };
  }, [attemptId, version, cmi, commitSeq, contentOrigin, src]);
  const message = { running: "", saved: t("saved"), finished: t("finished"), failed: t("failed") }[status];
  return (
    <div className="space-y-2">
      <p role="status" className="min-h-6 text-sm" data-testid="player-status">{message}</p>
      <iframe
        ref={frame}
        title={title}
        className="h-[75vh] w-full rounded border border-slate-300 bg-white"
        // The package runs on the content origin: scripts and forms, but no access to this page.
        sandbox="allow-scripts allow-same-origin allow-forms allow-popups allow-downloads"
        allow="fullscreen; autoplay"
      />
    </div>
  );
}
