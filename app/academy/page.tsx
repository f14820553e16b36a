import { getLocale, getTranslations } from "next-intl/server";
import { PriceList } from "@/components/academy/price-list";
import { Pagination } from "@/components/catalogue/pagination";
import { STORE_PAGE_SIZE, listStoreProducts } from "@/lib/store/list-store-products";
import { paymentsConfigured } from "@/lib/store/stripe";
import { loadPage } from "@/lib/http/load-page";
import { ButtonLink } from "@/components/ui/button-link";
import { Panel } from "@/components/ui/panel";
import { TextLink } from "@/components/ui/text-link";

export default async function AcademyHomePage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const [{ page: pageParam }, { viewer }, locale, t, academy] = await Promise.all([
    searchParams,
    loadPage(),
    getLocale(),
    getTranslations("Store"),
    getTranslations("Academy"),
  ]);
  const page = Math.max(1, Number(pageParam) || 1);
  const { products, total } = await listStoreProducts(locale, page, viewer?.id ?? null);
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-4xl font-bold text-brand">{academy("title")}</h1>
        <p className="mt-3 text-lg text-slate-700">{academy("intro")}</p>
      </header>
      {!paymentsConfigured() ? (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 p-4">
          {t("notConfigured")}
        </p>
      ) : null}
      <section aria-labelledby="products-heading" className="space-y-4">
        <h2 id="products-heading" className="text-2xl font-semibold">
          {t("products")}
        </h2>
        {products.length === 0 ? (
          <Panel as="p" roomy>
            {t("noProducts")}
          </Panel>
        ) : null}
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {products.map((product) => (
            <Panel as="li" className="flex flex-col gap-2 shadow-sm" key={product.id} data-testid="product">
              <p className="text-sm font-medium uppercase tracking-wide text-slate-600">{t(`kind.${product.kind}`)}</p>
              <h3 className="text-lg font-semibold">
                <TextLink href={`/products/${product.id}`}>{product.title}</TextLink>
              </h3>
              <p className="text-sm text-slate-700">
                {product.kind === "SUBSCRIPTION"
                  ? t("everyCourse", { months: product.periodMonths ?? 1 })
                  : t("courseCount", { count: product.courses.length })}
              </p>
              {product.owned.complete ? (
                <p className="mt-auto">
                  <ButtonLink
                    href={
                      product.kind === "COURSE" && product.courses.length === 1
                        ? `/courses/${product.courses[0].id}?tab=course`
                        : "/dashboard"
                    }
                    variant="secondary"
                  >
                    {product.kind === "COURSE" ? t("goToCourse") : t("goToMyLearning")}
                  </ButtonLink>
                </p>
              ) : (
                <>
                  {product.owned.courseIds.length ? (
                    <p className="text-sm font-medium text-green-900">
                      {t("ownedCount", { owned: product.owned.courseIds.length, count: product.courses.length })}
                    </p>
                  ) : null}
                  <PriceList prices={product.prices} locale={locale} />
                </>
              )}
            </Panel>
          ))}
        </ul>
        <Pagination page={page} pageCount={Math.ceil(total / STORE_PAGE_SIZE)} params={new URLSearchParams()} />
      </section>
    </div>
  );
}
