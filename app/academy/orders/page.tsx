import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { OrderStatusLabel } from "@/components/academy/order-status-label";
import { Pagination } from "@/components/catalogue/pagination";
import { requireSignedIn } from "@/lib/auth/request-context";
import { ORDERS_PAGE_SIZE, listMyOrders } from "@/lib/store/orders";
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
        <table className="w-full border-collapse rounded-lg bg-white text-start">
          <thead>
            <tr className="border-b border-slate-300 text-start">
              <th scope="col" className="p-2 text-start">{t("receiptNumber")}</th>
              <th scope="col" className="p-2 text-start">{t("date")}</th>
              <th scope="col" className="p-2 text-start">{t("product")}</th>
              <th scope="col" className="p-2 text-start">{t("amount")}</th>
              <th scope="col" className="p-2 text-start">{t("statusLabel")}</th>
            </tr>
          </thead>
          <tbody>
            {orders.map((order) => (
              <tr key={order.id} className="border-b border-slate-200">
                <td className="p-2"><Link href={`/orders/${order.id}`} className="text-brand underline">{order.number}</Link></td>
                <td className="p-2">{format.dateTime(order.createdAt, { dateStyle: "medium" })}</td>
                <td className="p-2">{order.product.title}{order.seats ? ` – ${t("seatsCount", { count: order.seats })}` : ""}</td>
                <td className="p-2">{formatMoney(order.amountTotal ?? order.amountSubtotal, order.currency, locale)}</td>
                <td className="p-2"><OrderStatusLabel status={order.status} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination page={page} pageCount={Math.ceil(total / ORDERS_PAGE_SIZE)} params={new URLSearchParams()} />
    </div>
  );
}
