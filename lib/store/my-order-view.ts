// The buyer's orders as their pages show them. Only the buyer reads an order; anyone else gets 404.
import type { Viewer } from "@/lib/auth/load-viewer";
import { localized } from "@/lib/i18n/localized";
import { NotFound } from "@/lib/errors";

/** The viewer as the buyer of their orders: Academy customers only (anyone else: NotFound). */
export function orderBuyer(viewer: Viewer | null): Viewer {
  if (!viewer || viewer.homeTenantKind !== "ACADEMY") throw new NotFound();
  return viewer;
}

export const orderSelect = {
  id: true,
  number: true,
  status: true,
  currency: true,
  amountSubtotal: true,
  amountTotal: true,
  amountDiscount: true,
  seats: true,
  seatPoolId: true,
  createdAt: true,
  paidAt: true,
  periodEndsAt: true,
  endedAt: true,
  stripeSubscriptionId: true,
  stripeSessionId: true,
  product: { select: { id: true, kind: true, title: true } },
} as const;

export type OrderRow = { product: { id: string; kind: "COURSE" | "BUNDLE" | "SUBSCRIPTION"; title: unknown } } & Record<
  string,
  unknown
>;

/** An order with its product's title in the reader's language. */
export function orderView<T extends OrderRow>(row: T, locale: string) {
  return { ...row, product: { ...row.product, title: localized(row.product.title as Record<string, string>, locale) } };
}
