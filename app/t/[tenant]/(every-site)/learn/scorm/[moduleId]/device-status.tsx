"use client";

import { useFormatter, useTranslations } from "next-intl";

/** What the runtime reports of the records it keeps on the device (lib/scorm/device-queue.js, ADR 0049). */
export interface DeviceReport {
  /** Records on this device not yet acknowledged by the server, every lesson's. */
  waiting: number;
  /** When the server last acknowledged one, in milliseconds since the epoch. */
  syncedAt: number | null;
  online: boolean;
  /** Why the last record the server answered was not recorded, or "storage" when the device could not keep one. */
  problem: "newer" | "finished" | "refused" | "storage" | null;
}

const PROBLEMS = new Set(["newer", "finished", "refused", "storage"]);

/** Offline, sending or everything saved, with what waits on the device and the last sync; what could not be recorded. */
export function DeviceStatus({ report }: { report: DeviceReport | null }) {
  const t = useTranslations("Player.device");
  const format = useFormatter();
  let message = "";
  if (report) {
    const count = report.waiting;
    const state = !report.online
      ? t("offline", { count })
      : count > 0
        ? t("syncing", { count })
        : report.syncedAt
          ? t("savedAt", { time: format.dateTime(new Date(report.syncedAt), { timeStyle: "short" }) })
          : t("saved");
    message = report.problem && PROBLEMS.has(report.problem) ? `${t(`problem.${report.problem}`)} ${state}` : state;
  }
  return (
    <p role="status" className="min-h-6 text-sm text-slate-700" data-testid="player-sync">
      {message}
    </p>
  );
}
