// Cancels the buyer's subscription at Stripe (a plain form post); access ends when Stripe's event arrives.
import { currentViewer } from "@/lib/auth/viewer";
import { seeOther } from "@/lib/auth/route-context";
import { NotFound } from "@/lib/errors";
import { cancelMySubscription } from "@/lib/store/cancel-my-subscription";
import { isSameOrigin } from "@/lib/tenancy/same-origin";
import { currentSite } from "@/lib/tenancy/site";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const [{ id }, site, viewer] = await Promise.all([params, currentSite(), currentViewer()]);
  if (!isSameOrigin(request) || site?.kind !== "academy") return new Response(null, { status: 404 });
  try {
    await cancelMySubscription(viewer, id);
  } catch (error) {
    if (error instanceof NotFound) return new Response(null, { status: 404 });
    throw error;
  }
  return seeOther(`/orders/${id}?cancelled=1`);
}
