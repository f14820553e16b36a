// What waits on this device to be sent, for the header of every page (ADR 0049, 0050): the SCORM records the player
// noted (their count; the records themselves are in the content origin's storage, which pages cannot read) and the
// quiz submissions kept while offline, of every account of the device. Browser code; a few lines on every page.
import { KEPT_PREFIX, storageKeys } from "@/lib/quiz/kept-drafts";

/** Said on this window when a page changes what waits; another window's change arrives as a `storage` event. */
export const DEVICE_RECORDS_CHANGED = "device-records-changed";

/** Where the player notes how many SCORM records its sessions left waiting. */
export const SCORM_WAITING_KEY = "clikc.scorm.waiting";

export const announceDeviceRecords = () => window.dispatchEvent(new Event(DEVICE_RECORDS_CHANGED));

/** How many SCORM records the player noted as waiting; 0 when storage is refused. */
export function notedScormRecords(): number {
  try {
    return Number(window.localStorage.getItem(SCORM_WAITING_KEY)) || 0;
  } catch {
    return 0;
  }
}

export function recordsWaitingOnDevice(): number {
  try {
    let quizzes = 0;
    for (const key of storageKeys()) {
      if (!key.startsWith(KEPT_PREFIX)) continue;
      try {
        if ((JSON.parse(window.localStorage.getItem(key) ?? "null") as { state?: string } | null)?.state === "waiting")
          quizzes++;
      } catch {
        // Not an entry the platform wrote.
      }
    }
    return notedScormRecords() + quizzes;
  } catch {
    // Storage refused: nothing can wait on it.
    return 0;
  }
}
