// The store's Buy button (a plain form post): the order and its Stripe Checkout Session, then Stripe's page.
import { currentViewer } from "@/lib/auth/viewer";
import { seeOther } from "@/lib/auth/route-context";
import { Conflict, Invalid, NotFound } from "@/lib/errors";
import { startCheckout, type CheckoutInput } from "@/lib/store/start-checkout";
import { isSameOrigin } from "@/lib/tenancy/same-origin";
import { currentSite } from "@/lib/tenancy/site";

export async function POST(request: Request): Promise<Response> {
  const [site, viewer] = await Promise.all([currentSite(), currentViewer()]);
  if (!isSameOrigin(request) || site?.kind !== "academy") return new Response(null, { status: 404 });
  const form = await request.formData();
  const productId = String(form.get("productId") ?? "");
  if (!viewer) return seeOther(`/sign-in?returnTo=${encodeURIComponent(`/products/${productId}`)}`);
  const seats = form.get("seats");
  const poolId = form.get("poolId");
  try {
    const { url } = await startCheckout(viewer, {
      productId,
      currency: String(form.get("currency") ?? "") as CheckoutInput["currency"],
      ...(seats !== null ? { seats: Number(seats) } : {}),
      ...(poolId ? { poolId: String(poolId) } : {}),
    });
    return seeOther(url);
  } catch (error) {
    if (error instanceof NotFound) return new Response(null, { status: 404 });
    const key = error instanceof Invalid ? Object.values(error.fields)[0] : error instanceof Conflict ? "paymentsNotConfigured" : null;
    if (!key) throw error;
    return seeOther(`/products/${encodeURIComponent(productId)}?error=${encodeURIComponent(key)}${poolId ? `&pool=${encodeURIComponent(String(poolId))}` : ""}`);
  }
}
