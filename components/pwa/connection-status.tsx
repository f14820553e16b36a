"use client";

import { Wifi, WifiOff } from "lucide-react";
import { useTranslations } from "next-intl";
import { useOnline } from "./use-online";
import { useWaitingOnDevice } from "./use-waiting-on-device";

/**
 * Whether the device is connected, and how many records (lesson progress, quiz answers) wait on it to be sent, in the
 * header, announced to screen readers when it changes (a live region, not a status role: a page's status is the
 * outcome of what the user just did). The course page sends what waits and says what became of it.
 */
export function ConnectionStatus() {
  const t = useTranslations("App");
  const online = useOnline();
  const waiting = useWaitingOnDevice();
  const Icon = online ? Wifi : WifiOff;
  return (
    <span
      aria-live="polite"
      className={`inline-flex min-h-11 items-center gap-1 rounded px-2 text-sm ${online && !waiting ? "" : "bg-white font-medium text-slate-900"}`}
      data-testid="connection-status"
      data-online={online}
      data-waiting={waiting}
    >
      <Icon aria-hidden="true" className="h-4 w-4" />
      {online ? t("online") : t("offline")}
      {waiting ? (
        <>
          {" "}
          <span aria-hidden="true">·</span>{" "}
          <span data-testid="records-waiting">{t("waiting", { count: waiting })}</span>
        </>
      ) : null}
    </span>
  );
}
