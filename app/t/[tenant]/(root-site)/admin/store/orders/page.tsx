import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { OrderStatusLabel } from "@/components/academy/order-status-label";
import { Pagination } from "@/components/catalogue/pagination";
import { DataTable } from "@/components/tables/data-table";
import { ConfirmedPostButton } from "@/components/ui/confirmed-post-button";
import { ADMIN_ORDERS_PAGE_SIZE, listStoreOrdersForAdmin } from "@/lib/store/list-store-orders-for-admin";
import { formatMoney } from "@/lib/store/prices";
import { loadPage } from "@/lib/http/load-page";
import { PageTitle } from "@/components/ui/page-title";
import { Notice } from "@/components/ui/notice";
import { Panel } from "@/components/ui/panel";
import { TextLink } from "@/components/ui/text-link";

// The store's orders for WCO staff, newest first, with refunds.
export default async function StoreOrdersPage({
  searchParams,
}: {
  searchParams: Promise<{ page?: string; refunded?: string }>;
}) {
  const { viewer } = await loadPage({ signIn: "/admin/store/orders", can: "store.administer" });
  const [{ page: pageParam, refunded }, locale, t, store, format] = await Promise.all([
    searchParams,
    getLocale(),
    getTranslations("StoreAdmin"),
    getTranslations("Store"),
    getFormatter(),
  ]);
  const page = Math.max(1, Number(pageParam) || 1);
  const { orders, total } = await listStoreOrdersForAdmin(viewer, locale, page);
  return (
    <div className="space-y-4">
      <p>
        <TextLink href="/admin/store">{t("title")}</TextLink>
      </p>
      <PageTitle>{t("orders")}</PageTitle>
      {refunded ? <Notice tone="success">{t("refundRequested")}</Notice> : null}
      {orders.length === 0 ? (
        <Panel as="p">{store("noOrders")}</Panel>
      ) : (
        <div className="overflow-x-auto">
          <DataTable
            caption={t("orders")}
            columns={[
              { label: store("receiptNumber") },
              { label: store("date") },
              { label: store("buyer") },
              { label: store("product") },
              { label: store("amount") },
              { label: store("statusLabel") },
              { label: store("actions") },
            ]}
          >
            {orders.map((order) => (
              <tr key={order.id} className="border-b border-slate-200">
                <td className="p-2">{order.number}</td>
                <td className="p-2">{format.dateTime(order.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                <td className="p-2">{order.buyer}</td>
                <td className="p-2">
                  {order.product}
                  {order.seats ? ` – ${store("seatsCount", { count: order.seats })}` : ""}
                </td>
                <td className="p-2">
                  {formatMoney(order.amountTotal ?? order.amountSubtotal, order.currency, locale)}
                </td>
                <td className="p-2">
                  <OrderStatusLabel status={order.status} />
                </td>
                <td className="p-2">
                  {order.refundable ? (
                    <ConfirmedPostButton
                      action={`/api/console/store/orders/${order.id}/refund`}
                      question={t("refundConfirm", { number: order.number })}
                      label={t("refund")}
                      subject={order.number}
                    />
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
