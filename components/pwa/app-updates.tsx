"use client";

import { RefreshCw } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { SKIP_WAITING } from "@/lib/pwa/cache-rules";
import { forgetPagesOfAnotherViewer } from "@/lib/pwa/pages-owner";

export const SERVICE_WORKER_URL = "/serwist/sw.js";
const HOUR = 60 * 60 * 1000;

/**
 * Registers the site's service worker and, when a new version of the site is ready, says so with a "Reload" button:
 * the new version takes over only then, and the page reloads at once, so no page runs on two builds' assets.
 */
export function AppUpdates({ viewerId }: { viewerId: string | null }) {
  const t = useTranslations("App");
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);
  const reloading = useRef(false);

  useEffect(() => {
    void forgetPagesOfAnotherViewer(viewerId);
  }, [viewerId]);

  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    const container = navigator.serviceWorker;
    let registration: ServiceWorkerRegistration | undefined;
    // A worker that finished installing while another controls the page is a new version.
    const offer = (worker: ServiceWorker | null) => {
      if (worker && container.controller) setWaiting(worker);
    };
    const track = (found: ServiceWorkerRegistration) => {
      registration = found;
      offer(found.waiting);
      found.addEventListener("updatefound", () => {
        const installing = found.installing;
        installing?.addEventListener("statechange", () => {
          if (installing.state === "installed") offer(installing);
        });
      });
    };
    const onControllerChange = () => {
      if (reloading.current) window.location.reload();
    };
    const checkForUpdate = () => {
      if (document.visibilityState === "visible") void registration?.update().catch(() => undefined);
    };
    container.addEventListener("controllerchange", onControllerChange);
    document.addEventListener("visibilitychange", checkForUpdate);
    const timer = window.setInterval(checkForUpdate, HOUR);
    container
      .register(SERVICE_WORKER_URL, { scope: "/", type: "module", updateViaCache: "none" })
      .then(track)
      .catch((error: unknown) => console.error("service worker registration:", error));
    return () => {
      container.removeEventListener("controllerchange", onControllerChange);
      document.removeEventListener("visibilitychange", checkForUpdate);
      window.clearInterval(timer);
    };
  }, []);

  if (!waiting) return null;
  return (
    <div
      role="status"
      className="fixed inset-x-2 bottom-2 z-30 mx-auto flex max-w-xl flex-wrap items-center justify-between gap-3 rounded border border-slate-300 bg-white p-3 shadow-lg"
      data-testid="update-banner"
    >
      <p>{t("updateAvailable")}</p>
      <Button
        type="button"
        onClick={() => {
          reloading.current = true;
          waiting.postMessage(SKIP_WAITING);
        }}
      >
        <RefreshCw aria-hidden="true" className="me-2 inline h-4 w-4" />
        {t("reload")}
      </Button>
    </div>
  );
}
