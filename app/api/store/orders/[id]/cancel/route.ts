// Cancels the buyer's subscription at Stripe (a plain form post); access ends when Stripe's event arrives.
import { formPost } from "@/lib/http/route-handler";
import { cancelMySubscription } from "@/lib/store/cancel-my-subscription";

export const POST = formPost<{ id: string }>({ sites: ["academy"] }, async ({ viewer, params }) => {
  await cancelMySubscription(viewer, params.id);
  return `/orders/${params.id}?cancelled=1`;
});
