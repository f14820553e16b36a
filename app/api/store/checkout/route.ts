// The store's Buy button (a plain form post): the order and its Stripe Checkout Session, then Stripe's page.
// Visitors sign in first; a refused order (bad input, payments not configured) goes back to the product.
import { backTo } from "@/lib/http/back-to";
import { formPost } from "@/lib/http/route-handler";
import { startCheckout } from "@/lib/store/start-checkout";
import { type CheckoutInput } from "@/lib/store/schemas";

const productPage = (form: FormData) => `/products/${encodeURIComponent(String(form.get("productId") ?? ""))}`;

export const POST = formPost(
  {
    signedIn: false,
    sites: ["academy"],
    onRefusal: async ({ kind, key }, { form }) => {
      const submitted = await form();
      const error = kind === "conflict" ? "paymentsNotConfigured" : key;
      return backTo(productPage(submitted), { error, pool: submitted.get("poolId") });
    },
  },
  async ({ viewer, form }) => {
    const submitted = await form();
    if (!viewer) return `/sign-in?returnTo=${encodeURIComponent(productPage(submitted))}`;
    const seats = submitted.get("seats");
    const poolId = submitted.get("poolId");
    const { url } = await startCheckout(viewer, {
      productId: String(submitted.get("productId") ?? ""),
      currency: String(submitted.get("currency") ?? "") as CheckoutInput["currency"],
      ...(seats !== null ? { seats: Number(seats) } : {}),
      ...(poolId ? { poolId: String(poolId) } : {}),
    });
    return url;
  },
);
