// The buyer abandons a checkout awaiting payment (a plain form post): Stripe's session is expired, the order ends.
import { formPost } from "@/lib/http/route-handler";
import { backTo } from "@/lib/http/back-to";
import { cancelMyCheckout } from "@/lib/store/cancel-my-checkout";

export const POST = formPost<{ id: string }>(
  {
    sites: ["academy"],
    onRefusal: (_refusal, { params }) => backTo(`/orders/${params.id}`, { error: "paymentsNotConfigured" }),
  },
  async ({ viewer, params }) => {
    const status = await cancelMyCheckout(viewer, params.id);
    return backTo(`/orders/${params.id}`, { done: status === "CANCELLED" ? "checkoutCancelled" : "checkoutPaid" });
  },
);
