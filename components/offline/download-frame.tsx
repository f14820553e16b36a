"use client";

import { useTranslations } from "next-intl";
import { useFormatter } from "next-intl";
import type { RefObject } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";

/** The hidden download frame of the content origin; drawn once the page runs (it names the page's own origin). */
export function DownloadFrame({
  contentOrigin,
  frame,
}: {
  contentOrigin: string;
  frame: RefObject<HTMLIFrameElement | null>;
}) {
  const t = useTranslations("OfflineDownload");
  const hydrated = useHydrated();
  if (!hydrated) return null;
  return (
    <iframe
      ref={frame}
      src={`${contentOrigin}/download?origin=${encodeURIComponent(window.location.origin)}`}
      title={t("frame")}
      hidden
      // It only keeps files in this device's storage on the content origin and posts to this page.
      sandbox="allow-scripts allow-same-origin"
    />
  );
}

/** A size in megabytes in the reader's language ("12.3 MB"). */
export function useSize() {
  const format = useFormatter();
  return (bytes: number) =>
    format.number(bytes / 1_000_000, { style: "unit", unit: "megabyte", maximumFractionDigits: 1 });
}
