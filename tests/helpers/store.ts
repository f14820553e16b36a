// The store's tests talk to the local Stripe-compatible server (third-party HTTP, the only thing replaced),
// post events to the real webhook route and run the queued jobs as the worker would.
import Stripe from "stripe";
import type { PrismaClient } from "@/lib/db/generated/client";
import { POST as webhook } from "@/app/api/webhooks/stripe/route";
import type { Viewer } from "@/lib/auth/load-viewer";
import { JOB, jobQueue } from "@/lib/jobs/queue";
import { startDevStripe, type DevStripe } from "@/scripts/dev-stripe/server";
import type { OrderReference } from "@/lib/store/record-stripe-event";
import { runStoreSyncJob } from "@/lib/store/run-store-sync-job";

export const WEBHOOK_SECRET = "whsec_integration_tests";
const signer = new Stripe("sk_test_signer");

/** Starts the local Stripe server for the test file and points the platform's SDK at it. */
export function setUpStripe(): { server: DevStripe } {
  const holder = {} as { server: DevStripe };
  beforeAll(async () => {
    holder.server = await startDevStripe({
      webhookSecret: WEBHOOK_SECRET,
      webhookUrl: null,
      promotionCodes: [{ code: "HALF", percentOff: 50 }],
    });
    Object.assign(process.env, {
      STRIPE_SECRET_KEY: "sk_test_integration",
      STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      STRIPE_API_BASE: holder.server.url,
    });
  });
  afterAll(async () => {
    await holder.server?.close();
  });
  return holder;
}

export async function viewerOf(owner: PrismaClient, username: string): Promise<Viewer> {
  const user = await owner.user.findUniqueOrThrow({ where: { username }, include: { tenant: true } });
  return {
    id: user.id,
    username: user.username,
    firstName: user.firstName,
    lastName: user.lastName,
    locale: user.locale,
    roles: user.roles,
    homeTenantId: user.tenantId,
    homeTenantKind: user.tenant.kind,
    homeRegion: user.tenant.region,
    homeCountryCode: user.tenant.countryCode,
  };
}

export async function productId(owner: PrismaClient, kind: "COURSE" | "BUNDLE" | "SUBSCRIPTION"): Promise<string> {
  return (await owner.storeProduct.findFirstOrThrow({ where: { kind }, orderBy: { createdAt: "asc" } })).id;
}

/** Posts an event to the webhook route as Stripe would, signed (optionally with a wrong secret or an old timestamp). */
export async function postEvent(
  event: unknown,
  options: { secret?: string; timestamp?: number } = {},
): Promise<Response> {
  const payload = JSON.stringify(event);
  const header = signer.webhooks.generateTestHeaderString({
    payload,
    secret: options.secret ?? WEBHOOK_SECRET,
    ...(options.timestamp ? { timestamp: options.timestamp } : {}),
  });
  return webhook(
    new Request("http://academy.localhost:3000/api/webhooks/stripe", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Stripe-Signature": header },
      body: payload,
    }),
  );
}

/** Runs every queued store job, as the worker does; returns how many ran. */
export async function drainStoreJobs(): Promise<number> {
  const boss = await jobQueue();
  let ran = 0;
  for (;;) {
    const jobs = await boss.fetch<{ eventId?: string; reference: OrderReference }>(JOB.syncStoreOrder, {
      batchSize: 50,
    });
    if (!jobs.length) return ran;
    for (const job of jobs) {
      await runStoreSyncJob(job.data);
      await boss.complete(JOB.syncStoreOrder, job.id);
      ran += 1;
    }
  }
}

export function sessionIdOf(url: string): string {
  return url.split("/").pop()!;
}
