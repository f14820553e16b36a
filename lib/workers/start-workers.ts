// The server's background workers, started once per server process by instrumentation.ts.
import { sendCertificateExpiryReminders } from "@/lib/certificates/send-expiry-reminders";
import { sendDiscussionDigests } from "@/lib/discussions/send-digests";
import { sendDueReminders } from "@/lib/learning/send-due-reminders";
import { JOB, jobQueue } from "@/lib/jobs/queue";
import { deliverEmail } from "@/lib/notifications/deliver-email";
import { sweepEmailOutbox } from "@/lib/notifications/sweep-email-outbox";
import type { OrderReference } from "@/lib/store/record-stripe-event";
import { runStoreSyncJob } from "@/lib/store/run-store-sync-job";
import { sweepAbandonedCheckouts } from "@/lib/store/sweep-abandoned-checkouts";
import { sendWorkshopReminders } from "@/lib/workshops/send-workshop-reminders";

const SWEEP_INTERVAL_MS = 60_000;
const REMINDER_INTERVAL_MS = 15 * 60_000;

/** Starts the workers; the function returned stops their timers (the queue's workers stop with the queue). */
export async function startWorkers(): Promise<() => void> {
  const boss = await jobQueue();
  await boss.work<{ messageId: string }>(JOB.deliverEmail, { pollingIntervalSeconds: 0.5 }, async (jobs) => {
    for (const job of jobs) await deliverEmail(job.data.messageId);
  });
  await boss.work<{ eventId?: string; reference: OrderReference }>(
    JOB.syncStoreOrder,
    { pollingIntervalSeconds: 0.5 },
    async (jobs) => {
      for (const job of jobs) await runStoreSyncJob(job.data);
    },
  );
  const sweep = async () => {
    await sweepEmailOutbox().catch((error) => console.error("e-mail outbox sweep:", error));
    await sweepAbandonedCheckouts().catch((error) => console.error("abandoned checkouts sweep:", error));
  };
  void sweep();
  const sweeping = setInterval(sweep, SWEEP_INTERVAL_MS).unref();
  // Certificate expiry, workshop and required learning reminders, and the discussion digests (sent by the first run
  // of each day); the first run a minute after start, out of the way of the warm-up.
  const remind = async () => {
    await sendCertificateExpiryReminders().catch((error) => console.error("certificate expiry reminders:", error));
    await sendWorkshopReminders().catch((error) => console.error("workshop reminders:", error));
    await sendDueReminders().catch((error) => console.error("required learning reminders:", error));
    await sendDiscussionDigests().catch((error) => console.error("discussion digests:", error));
  };
  const first = setTimeout(remind, SWEEP_INTERVAL_MS).unref();
  const reminding = setInterval(remind, REMINDER_INTERVAL_MS).unref();
  return () => {
    clearInterval(sweeping);
    clearTimeout(first);
    clearInterval(reminding);
  };
}
