import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { OrderStatusLabel } from "@/components/academy/order-status-label";
import { Pagination } from "@/components/catalogue/pagination";
import { DataTable } from "@/components/tables/data-table";
import { ConfirmedPostButton } from "@/components/forms/confirmed-post-button";
import { requireWcoAdmin } from "@/lib/auth/request-context";
import { ADMIN_ORDERS_PAGE_SIZE, listStoreOrdersForAdmin } from "@/lib/store/list-store-orders-for-admin";
import { formatMoney } from "@/lib/store/prices";

// The store's orders for WCO staff, newest first, with refunds.
export default async function StoreOrdersPage({ searchParams }: { searchParams: Promise<{ page?: string; refunded?: string }> }) {
  const { viewer } = await requireWcoAdmin("/admin/store/orders");
  const [{ page: pageParam, refunded }, locale, t, store, format] = await Promise.all([searchParams, getLocale(), getTranslations("StoreAdmin"), getTranslations("Store"), getFormatter()]);
  const page = Math.max(1, Number(pageParam) || 1);
  const { orders, total } = await listStoreOrdersForAdmin(viewer, locale, page);
  return (
    <div className="space-y-4">
      <p><Link href="/admin/store" className="text-brand underline">{t("title")}</Link></p>
      <h1 className="text-3xl font-bold">{t("orders")}</h1>
      {refunded ? <p role="status" className="rounded bg-green-50 p-3 text-green-900">{t("refundRequested")}</p> : null}
      {orders.length === 0 ? <p className="rounded-lg border border-slate-200 bg-white p-4">{store("noOrders")}</p> : (
        <div className="overflow-x-auto">
          <DataTable caption={t("orders")} columns={[{ label: store("receiptNumber") }, { label: store("date") }, { label: store("buyer") }, { label: store("product") }, { label: store("amount") }, { label: store("statusLabel") }, { label: store("actions") }]}>
              {orders.map((order) => (
                <tr key={order.id} className="border-b border-slate-200">
                  <td className="p-2">{order.number}</td>
                  <td className="p-2">{format.dateTime(order.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                  <td className="p-2">{order.buyer}</td>
                  <td className="p-2">{order.product}{order.seats ? ` – ${store("seatsCount", { count: order.seats })}` : ""}</td>
                  <td className="p-2">{formatMoney(order.amountTotal ?? order.amountSubtotal, order.currency, locale)}</td>
                  <td className="p-2"><OrderStatusLabel status={order.status} /></td>
                  <td className="p-2">
                    {order.refundable ? (
                      <ConfirmedPostButton action={`/api/console/store/orders/${order.id}/refund`} question={t("refundConfirm", { number: order.number })} label={t("refund")} subject={order.number} />
                    ) : null}
                  </td>
                </tr>
              ))}
          </DataTable>
        </div>
      )}
      <Pagination page={page} pageCount={Math.ceil(total / ADMIN_ORDERS_PAGE_SIZE)} params={new URLSearchParams()} />
    </div>
  );
}
