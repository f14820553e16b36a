"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { notedScormRecords, SCORM_WAITING_KEY } from "@/lib/pwa/device-records";
import { useOnline } from "@/components/pwa/use-online";
import { noteWaiting } from "./device-waiting";

interface SyncReport {
  /** Records on the device, and of them those whose token ran out (sent by their lesson's next launch). */
  waiting: number;
  later: number;
  /** Stored by this page's frame; not recorded, and why. */
  sent: number;
  problems: string[];
}

const SAVED_KEY = "clikc.scorm.synced";
const PROBLEMS = ["newer", "finished", "refused"] as const;
/** The frame waits this long: the page's own work first, and a player window that just closed sends its beacon. */
const FRAME_DELAY_MS = 2000;
/** A frame that has not reported by then did not load (the network failed, whatever the browser believes): again. */
const FRAME_ROUND_MS = 10_000;

/** The player's note in another window (this page notes through noteWaiting, and re-renders itself). */
function subscribe(changed: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === SCORM_WAITING_KEY) changed();
  };
  window.addEventListener("storage", onStorage);
  return () => window.removeEventListener("storage", onStorage);
}

/** Whether the sync before the last reload stored what waited (said once). */
function takeSavedNote(): boolean {
  try {
    const saved = sessionStorage.getItem(SAVED_KEY) !== null;
    sessionStorage.removeItem(SAVED_KEY);
    return saved;
  } catch {
    return false;
  }
}

/**
 * On the course page: SCORM progress kept on this device that the server does not have yet (ADR 0049). Only when the
 * player noted that something may wait (device-waiting.ts) does it embed the content origin's sync frame
 * (/sync, lib/scorm/sync-frame.js), once online, which sends it and reports; the page reloads once what it sent is
 * stored, and says so. Nothing is drawn, and nothing is loaded, when nothing waits.
 */
export function DeviceProgress({ contentOrigin }: { contentOrigin: string }) {
  const t = useTranslations("DeviceProgress");
  const noted = useSyncExternalStore(subscribe, notedScormRecords, () => 0);
  const online = useOnline();
  const [frame, setFrame] = useState(false);
  // Each round is a new frame; a round without a report means the server could not be reached.
  const [round, setRound] = useState(0);
  const [stalled, setStalled] = useState(false);
  const reportedIn = useRef(-1);
  const current = useRef(0);
  const [report, setReport] = useState<SyncReport | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    const start = setTimeout(() => setSaved(takeSavedNote()), 0);
    const onMessage = (event: MessageEvent) => {
      const data = event.data as (SyncReport & { type?: unknown }) | null;
      if (event.origin !== contentOrigin || data?.type !== "scorm-sync" || typeof data.waiting !== "number") return;
      noteWaiting(data.waiting);
      reportedIn.current = current.current;
      setReport(data);
      setStalled(false);
      if (data.sent > 0 && data.waiting === 0 && data.problems.length === 0) {
        try {
          sessionStorage.setItem(SAVED_KEY, "1");
        } catch {
          // The reloaded page still shows what is stored.
        }
        window.location.reload();
      }
    };
    window.addEventListener("message", onMessage);
    return () => {
      clearTimeout(start);
      window.removeEventListener("message", onMessage);
    };
  }, [contentOrigin]);
  useEffect(() => {
    if (noted === 0 || !online || frame) return;
    const timer = setTimeout(() => setFrame(true), FRAME_DELAY_MS);
    return () => clearTimeout(timer);
  }, [noted, online, frame]);
  const pending = report ? report.waiting - report.later : noted;
  useEffect(() => {
    if (!frame || pending === 0) return;
    const timer = setTimeout(() => {
      setStalled(reportedIn.current !== current.current);
      current.current += 1;
      setRound(current.current);
    }, FRAME_ROUND_MS);
    return () => clearTimeout(timer);
  }, [frame, pending, round]);
  const problems = PROBLEMS.filter((problem) => report?.problems.includes(problem)).map((p) => t(`problem.${p}`));
  if (report && report.later > 0) problems.push(t("problem.expired"));
  const waiting = report && online ? report.waiting - report.later : noted;
  const state =
    waiting > 0
      ? !online || stalled
        ? t("offline", { count: waiting })
        : report
          ? t("kept", { count: waiting })
          : t("sending")
      : saved
        ? t("saved")
        : "";
  const message = [...problems, state].filter(Boolean).join(" ");
  if (!message && !frame) return null;
  return (
    <>
      <p role="status" className="rounded border border-slate-300 bg-white p-3 text-sm" data-testid="device-progress">
        {message}
      </p>
      {frame ? (
        <iframe
          key={round}
          src={`${contentOrigin}/sync?origin=${encodeURIComponent(window.location.origin)}`}
          title={t("frame")}
          hidden
          // It only reads this device's storage on the content origin and posts to this page: scripts, nothing else.
          sandbox="allow-scripts allow-same-origin"
        />
      ) : null}
    </>
  );
}
