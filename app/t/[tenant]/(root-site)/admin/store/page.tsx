import { getLocale, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/catalogue/pagination";
import { localized } from "@/lib/i18n/localized";
import { listPublishableCourses } from "@/lib/store/list-publishable-courses";
import { listStoreProductsForAdmin } from "@/lib/store/list-store-products-for-admin";
import { paymentsConfigured } from "@/lib/store/stripe";
import { EditProductForm, NewProductForm } from "./product-forms";
import { loadPage } from "@/lib/http/load-page";
import { PageTitle } from "@/components/ui/page-title";
import { SectionTitle } from "@/components/ui/section-title";
import { Panel } from "@/components/ui/panel";
import { TextLink } from "@/components/ui/text-link";

const PAGE_SIZE = 25;

// The WCO console's store curation: products of the Academy store and their prices.
export default async function StoreAdminPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const { viewer } = await loadPage({ signIn: "/admin/store", can: "store.administer" });
  const [{ page: pageParam }, locale, t] = await Promise.all([
    searchParams,
    getLocale(),
    getTranslations("StoreAdmin"),
  ]);
  const page = Math.max(1, Number(pageParam) || 1);
  const [{ rows, total }, courses] = await Promise.all([
    listStoreProductsForAdmin(viewer, page, PAGE_SIZE),
    listPublishableCourses(viewer, locale),
  ]);
  return (
    <div className="space-y-6">
      <PageTitle>{t("title")}</PageTitle>
      <p className="text-slate-700">{t("intro")}</p>
      <p>
        <TextLink href="/admin/store/orders" className="font-medium">
          {t("orders")}
        </TextLink>
      </p>
      {!paymentsConfigured() ? (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3">
          {t("notConfigured")}
        </p>
      ) : null}
      <section aria-labelledby="products-heading" className="space-y-3">
        <SectionTitle id="products-heading">{t("products")}</SectionTitle>
        {rows.length === 0 ? (
          <Panel as="p">{t("none")}</Panel>
        ) : (
          <ul className="space-y-3">
            {rows.map((product) => (
              <Panel as="li" className="grid gap-3 md:grid-cols-2" key={product.id} data-testid="store-product">
                <div>
                  <p className="text-sm uppercase text-slate-600">
                    {t(`kinds.${product.kind}`)}
                    {product.periodMonths ? ` · ${t("months", { months: product.periodMonths })}` : ""}
                  </p>
                  <h3 className="text-lg font-semibold">{localized(product.title, locale)}</h3>
                  <p className="text-sm">
                    {product.kind === "SUBSCRIPTION" ? t("allCourses") : product.courseCodes.join(", ")}
                  </p>
                  <p className="text-sm text-slate-600">{t("paidOrders", { count: product.orders })}</p>
                </div>
                <EditProductForm product={product} />
              </Panel>
            ))}
          </ul>
        )}
        <Pagination page={page} pageCount={Math.ceil(total / PAGE_SIZE)} params={new URLSearchParams()} />
      </section>
      <section aria-labelledby="new-heading" className="space-y-3">
        <SectionTitle id="new-heading">{t("newProduct")}</SectionTitle>
        <NewProductForm courses={courses} />
      </section>
    </div>
  );
}
