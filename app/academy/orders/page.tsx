import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { OrderStatusLabel } from "@/components/academy/order-status-label";
import { Pagination } from "@/components/catalogue/pagination";
import { DataTable } from "@/components/tables/data-table";
import { requireSignedIn } from "@/lib/auth/request-context";
import { ORDERS_PAGE_SIZE, listMyOrders } from "@/lib/store/list-my-orders";
import { formatMoney } from "@/lib/store/prices";

export default async function OrdersPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const [{ page: pageParam }, { viewer }, locale, t, format] = await Promise.all([searchParams, requireSignedIn("/orders"), getLocale(), getTranslations("Store"), getFormatter()]);
  const page = Math.max(1, Number(pageParam) || 1);
  const { orders, total } = await listMyOrders(viewer, locale, page);
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t("nav.orders")}</h1>
      {orders.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-6">{t("noOrders")}</p>
      ) : (
        <DataTable caption={t("nav.orders")} columns={[{ label: t("receiptNumber") }, { label: t("date") }, { label: t("product") }, { label: t("amount") }, { label: t("statusLabel") }]}>
            {orders.map((order) => (
              <tr key={order.id} className="border-b border-slate-200">
                <td className="p-2"><Link href={`/orders/${order.id}`} className="text-brand underline">{order.number}</Link></td>
                <td className="p-2">{format.dateTime(order.createdAt, { dateStyle: "medium" })}</td>
                <td className="p-2">{order.product.title}{order.seats ? ` – ${t("seatsCount", { count: order.seats })}` : ""}</td>
                <td className="p-2">{formatMoney(order.amountTotal ?? order.amountSubtotal, order.currency, locale)}</td>
                <td className="p-2"><OrderStatusLabel status={order.status} /></td>
              </tr>
            ))}
        </DataTable>
      )}
      <Pagination page={page} pageCount={Math.ceil(total / ORDERS_PAGE_SIZE)} params={new URLSearchParams()} />
    </div>
  );
}
