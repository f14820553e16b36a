// The store's Buy button (a plain form post): the order and its Stripe Checkout Session, then Stripe's page.
// Visitors sign in first; a refused order (bad input, payments not configured) goes back to the product.
import { formPost } from "@/lib/http/route-handler";
import { startCheckout, type CheckoutInput } from "@/lib/store/start-checkout";

const product = async (form: Promise<FormData>) => String((await form).get("productId") ?? "");

export const POST = formPost(
  {
    signedIn: false,
    sites: ["academy"],
    onRefusal: async ({ kind, key }, input) => {
      const [productId, poolId] = [await product(input.form()), (await input.form()).get("poolId")];
      const error = kind === "conflict" ? "paymentsNotConfigured" : key;
      return `/products/${encodeURIComponent(productId)}?error=${encodeURIComponent(error)}${poolId ? `&pool=${encodeURIComponent(String(poolId))}` : ""}`;
    },
  },
  async ({ viewer, form }) => {
    const submitted = await form();
    const productId = await product(form());
    if (!viewer) return `/sign-in?returnTo=${encodeURIComponent(`/products/${productId}`)}`;
    const seats = submitted.get("seats");
    const poolId = submitted.get("poolId");
    const { url } = await startCheckout(viewer, {
      productId,
      currency: String(submitted.get("currency") ?? "") as CheckoutInput["currency"],
      ...(seats !== null ? { seats: Number(seats) } : {}),
      ...(poolId ? { poolId: String(poolId) } : {}),
    });
    return url;
  },
);
