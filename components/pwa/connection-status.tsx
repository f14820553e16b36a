"use client";

import { Wifi, WifiOff } from "lucide-react";
import { useTranslations } from "next-intl";
import { useOnline } from "./use-online";

/**
 * Whether the device is connected, in the header, announced to screen readers when it changes (a live region, not a
 * status role: a page's status is the outcome of what the user just did).
 */
export function ConnectionStatus() {
  const t = useTranslations("App");
  const online = useOnline();
  const Icon = online ? Wifi : WifiOff;
  return (
    <span
      aria-live="polite"
      className={`inline-flex min-h-11 items-center gap-1 rounded px-2 text-sm ${online ? "" : "bg-white font-medium text-slate-900"}`}
      data-testid="connection-status"
      data-online={online}
    >
      <Icon aria-hidden="true" className="h-4 w-4" />
      {online ? t("online") : t("offline")}
    </span>
  );
}
