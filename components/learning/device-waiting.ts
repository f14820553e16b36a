// What the platform's pages know of the SCORM records kept on the content origin's storage of this device
// (lib/scorm/device-queue.js, ADR 0049), which they cannot read: the player notes here how many its sessions left
// waiting (read by notedScormRecords), and the course page embeds the sync frame only while it says something may wait.
import { announceDeviceRecords, SCORM_WAITING_KEY } from "@/lib/pwa/device-records";

export function noteWaiting(count: number) {
  try {
    if (count > 0) localStorage.setItem(SCORM_WAITING_KEY, String(count));
    else localStorage.removeItem(SCORM_WAITING_KEY);
  } catch {
    // Storage refused: the next launch of a lesson sends what waits.
  }
  announceDeviceRecords();
}
