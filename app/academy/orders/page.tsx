import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { OrderStatusLabel } from "@/components/academy/order-status-label";
import { Pagination } from "@/components/catalogue/pagination";
import { DataTable } from "@/components/tables/data-table";
import { ORDERS_PAGE_SIZE, listMyOrders } from "@/lib/store/list-my-orders";
import { formatMoney } from "@/lib/store/prices";
import { loadPage } from "@/lib/http/load-page";
import { PageTitle } from "@/components/ui/page-title";
import { Panel } from "@/components/ui/panel";
import { TextLink } from "@/components/ui/text-link";

export default async function OrdersPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const [{ page: pageParam }, { viewer }, locale, t, format] = await Promise.all([
    searchParams,
    loadPage({ signIn: "/orders" }),
    getLocale(),
    getTranslations("Store"),
    getFormatter(),
  ]);
  const page = Math.max(1, Number(pageParam) || 1);
  const { orders, total } = await listMyOrders(viewer, locale, page);
  return (
    <div className="space-y-4">
      <PageTitle>{t("nav.orders")}</PageTitle>
      {orders.length === 0 ? (
        <Panel as="p" roomy>
          {t("noOrders")}
        </Panel>
      ) : (
        <DataTable
          caption={t("nav.orders")}
          columns={[
            { label: t("receiptNumber") },
            { label: t("date") },
            { label: t("product") },
            { label: t("amount") },
            { label: t("statusLabel") },
          ]}
        >
          {orders.map((order) => (
            <tr key={order.id} className="border-b border-slate-200">
              <td className="p-2">
                <TextLink href={`/orders/${order.id}`}>{order.number}</TextLink>
              </td>
              <td className="p-2">{format.dateTime(order.createdAt, { dateStyle: "medium" })}</td>
              <td className="p-2">
                {order.product.title}
                {order.seats ? ` – ${t("seatsCount", { count: order.seats })}` : ""}
              </td>
              <td className="p-2">{formatMoney(order.amountTotal ?? order.amountSubtotal, order.currency, locale)}</td>
              <td className="p-2">
                <OrderStatusLabel status={order.status} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination page={page} pageCount={Math.ceil(total / ORDERS_PAGE_SIZE)} params={new URLSearchParams()} />
    </div>
  );
}
