"use client";

import { useSyncExternalStore } from "react";
import { DEVICE_RECORDS_CHANGED, recordsWaitingOnDevice } from "@/lib/pwa/device-records";

function subscribe(changed: () => void): () => void {
  window.addEventListener("storage", changed);
  window.addEventListener(DEVICE_RECORDS_CHANGED, changed);
  return () => {
    window.removeEventListener("storage", changed);
    window.removeEventListener(DEVICE_RECORDS_CHANGED, changed);
  };
}

/** How many records wait on this device to be sent; the server renders none (it cannot know). */
export const useWaitingOnDevice = () => useSyncExternalStore(subscribe, recordsWaitingOnDevice, () => 0);
