// The buyer's orders and receipts. Only the buyer reads an order; anyone else gets 404.
import type { Viewer } from "@/lib/auth/load-viewer";
import { localized } from "@/lib/i18n/localized";
import { forTenant } from "@/lib/db";
import { Conflict, NotFound } from "@/lib/errors";
import { storeContext } from "./catalogue";
import { stripeClient } from "./stripe";
import { UUID } from "@/lib/ids";

export const ORDERS_PAGE_SIZE = 20;

function buyer(viewer: Viewer | null): Viewer {
  if (!viewer || viewer.homeTenantKind !== "ACADEMY") throw new NotFound();
  return viewer;
}

const orderSelect = {
  id: true, number: true, status: true, currency: true, amountSubtotal: true, amountTotal: true, amountDiscount: true, seats: true, seatPoolId: true,
  createdAt: true, paidAt: true, periodEndsAt: true, endedAt: true, stripeSubscriptionId: true,
  product: { select: { id: true, kind: true, title: true } },
} as const;

type OrderRow = { product: { id: string; kind: "COURSE" | "BUNDLE" | "SUBSCRIPTION"; title: unknown } } & Record<string, unknown>;
function view<T extends OrderRow>(row: T, locale: string) {
  return { ...row, product: { ...row.product, title: localized(row.product.title as Record<string, string>, locale) } };
}

export async function listMyOrders(viewer: Viewer | null, locale: string, page = 1) {
  const me = buyer(viewer);
  return forTenant(await storeContext(), async (tx) => {
    const [rows, total] = await Promise.all([
      tx.storeOrder.findMany({ where: { userId: me.id }, orderBy: { createdAt: "desc" }, skip: (Math.max(1, page) - 1) * ORDERS_PAGE_SIZE, take: ORDERS_PAGE_SIZE, select: orderSelect }),
      tx.storeOrder.count({ where: { userId: me.id } }),
    ]);
    return { total, orders: rows.map((row) => view(row, locale)) };
  });
}

export async function getMyOrder(viewer: Viewer | null, orderId: string, locale: string) {
  const me = buyer(viewer);
  if (!UUID.test(orderId)) throw new NotFound();
  const row = await forTenant(await storeContext(), (tx) =>
    tx.storeOrder.findFirst({
      where: { id: orderId, userId: me.id },
      select: { ...orderSelect, product: { select: { id: true, kind: true, title: true, courses: { orderBy: { position: "asc" }, select: { courseId: true } } } } },
    }),
  );
  if (!row) throw new NotFound();
  return view(row, locale);
}

/** Cancels the buyer's subscription at Stripe; access ends when Stripe's event arrives. */
export async function cancelMySubscription(viewer: Viewer | null, orderId: string): Promise<void> {
  const order = await getMyOrder(viewer, orderId, "en");
  const stripe = stripeClient();
  if (!stripe) throw new Conflict("Payments are not configured.");
  if (order.status !== "PAID" || !order.stripeSubscriptionId) throw new NotFound();
  await stripe.subscriptions.cancel(order.stripeSubscriptionId);
}
