import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { OrderStatusLabel } from "@/components/academy/order-status-label";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Notice } from "@/components/ui/notice";
import { checkoutExpiresAt } from "@/lib/store/checkout-expiry";
import { getMyOrder } from "@/lib/store/get-my-order";
import { formatMoney } from "@/lib/store/prices";
import { loadPage, orNotFound } from "@/lib/http/load-page";
import { Panel } from "@/components/ui/panel";

export default async function ReceiptPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ cancelled?: string; done?: string; error?: string }>;
}) {
  const [{ id }, { cancelled, done, error }, locale, t, format] = await Promise.all([
    params,
    searchParams,
    getLocale(),
    getTranslations("Store"),
    getFormatter(),
  ]);
  const { viewer } = await loadPage({ signIn: `/orders/${id}` });
  const order = await orNotFound(getMyOrder(viewer, id, locale));
  const rows: Array<[string, string]> = [
    [t("receiptNumber"), String(order.number)],
    [t("date"), format.dateTime(order.createdAt, { dateStyle: "long", timeStyle: "short" })],
    [t("buyer"), `${viewer.firstName} ${viewer.lastName} (${viewer.username})`],
    [t("product"), order.product.title],
    ...(order.seats ? [[t("seatCount"), String(order.seats)] as [string, string]] : []),
    [t("subtotal"), formatMoney(order.amountSubtotal, order.currency, locale)],
    ...(order.amountDiscount
      ? [[t("discount"), `− ${formatMoney(order.amountDiscount, order.currency, locale)}`] as [string, string]]
      : []),
    [t("total"), formatMoney(order.amountTotal ?? order.amountSubtotal, order.currency, locale)],
    ...(order.paidAt
      ? [[t("paidAt"), format.dateTime(order.paidAt, { dateStyle: "long", timeStyle: "short" })] as [string, string]]
      : []),
    ...(order.periodEndsAt
      ? [[t("periodEnds"), format.dateTime(order.periodEndsAt, { dateStyle: "long" })] as [string, string]]
      : []),
  ];
  return (
    <Panel as="article" roomy className="mx-auto max-w-2xl space-y-4">
      <header className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t("receiptTitle", { number: order.number })}</h1>
        <OrderStatusLabel status={order.status} />
      </header>
      <p className="text-slate-700">{t("receiptIssuer")}</p>
      <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-6 gap-y-2">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium">{label}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>
      {done === "checkoutCancelled" || done === "checkoutPaid" ? (
        <Notice tone="success">{t(done)}</Notice>
      ) : error ? (
        <Notice tone="error">{t("notConfigured")}</Notice>
      ) : null}
      {order.status === "PENDING" ? (
        <form method="post" action={`/api/store/orders/${order.id}/cancel-checkout`} className="space-y-3">
          <p>
            {t("awaitingPaymentUntil", {
              time: format.dateTime(checkoutExpiresAt(order.createdAt), { dateStyle: "long", timeStyle: "short" }),
            })}
          </p>
          <ConfirmButton question={t("cancelCheckoutConfirm")} variant="danger">
            {t("cancelCheckout")}
          </ConfirmButton>
        </form>
      ) : null}
      {cancelled ? (
        <p role="status" className="rounded bg-slate-100 p-3">
          {t("cancelRequested")}
        </p>
      ) : null}
      {order.status === "PAID" && order.stripeSubscriptionId && !cancelled ? (
        <form method="post" action={`/api/store/orders/${order.id}/cancel`}>
          <ConfirmButton question={t("cancelConfirm")} variant="danger">
            {t("cancelSubscription")}
          </ConfirmButton>
        </form>
      ) : null}
    </Panel>
  );
}
