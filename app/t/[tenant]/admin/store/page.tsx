import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/catalogue/pagination";
import { requireWcoAdmin } from "@/lib/auth/request-context";
import { localized } from "@/lib/i18n/localized";
import { listPublishableCourses } from "@/lib/store/list-publishable-courses";
import { listStoreProductsForAdmin } from "@/lib/store/list-store-products-for-admin";
import { paymentsConfigured } from "@/lib/store/stripe";
import { EditProductForm, NewProductForm } from "./product-forms";

const PAGE_SIZE = 25;

// The WCO console's store curation: products of the Academy store and their prices.
export default async function StoreAdminPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const { viewer } = await requireWcoAdmin("/admin/store");
  const [{ page: pageParam }, locale, t] = await Promise.all([searchParams, getLocale(), getTranslations("StoreAdmin")]);
  const page = Math.max(1, Number(pageParam) || 1);
  const [{ rows, total }, courses] = await Promise.all([listStoreProductsForAdmin(viewer, page, PAGE_SIZE), listPublishableCourses(viewer, locale)]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <p><Link href="/admin/store/orders" className="font-medium text-brand underline">{t("orders")}</Link></p>
      {!paymentsConfigured() ? <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3">{t("notConfigured")}</p> : null}
      <section aria-labelledby="products-heading" className="space-y-3">
        <h2 id="products-heading" className="text-xl font-semibold">{t("products")}</h2>
        {rows.length === 0 ? <p className="rounded-lg border border-slate-200 bg-white p-4">{t("none")}</p> : (
          <ul className="space-y-3">
            {rows.map((product) => (
              <li key={product.id} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-2" data-testid="store-product">
                <div>
                  <p className="text-sm uppercase text-slate-600">{t(`kinds.${product.kind}`)}{product.periodMonths ? ` · ${t("months", { months: product.periodMonths })}` : ""}</p>
                  <h3 className="text-lg font-semibold">{localized(product.title, locale)}</h3>
                  <p className="text-sm">{product.kind === "SUBSCRIPTION" ? t("allCourses") : product.courseCodes.join(", ")}</p>
                  <p className="text-sm text-slate-600">{t("paidOrders", { count: product.orders })}</p>
                </div>
                <EditProductForm product={product} />
              </li>
            ))}
          </ul>
        )}
        <Pagination page={page} pageCount={Math.ceil(total / PAGE_SIZE)} params={new URLSearchParams()} />
      </section>
      <section aria-labelledby="new-heading" className="space-y-3">
        <h2 id="new-heading" className="text-xl font-semibold">{t("newProduct")}</h2>
        <NewProductForm courses={courses} />
      </section>
    </div>
  );
}
