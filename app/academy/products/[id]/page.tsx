import { CourseImageView } from "@/components/catalogue/course-image";
import { getLocale, getTranslations } from "next-intl/server";
import { PriceList } from "@/components/academy/price-list";
import { can } from "@/lib/permissions";
import { formatDuration } from "@/lib/i18n/format-duration";
import { getStoreProduct } from "@/lib/store/get-store-product";
import { formatMoney } from "@/lib/store/prices";
import { MAX_SEATS } from "@/lib/store/schemas";
import { paymentsConfigured } from "@/lib/store/stripe";
import { loadPage, orNotFound } from "@/lib/http/load-page";
import { CircleCheck } from "lucide-react";
import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";
import { PageTitle } from "@/components/ui/page-title";
import { Notice } from "@/components/ui/notice";
import { SectionTitle } from "@/components/ui/section-title";
import { Label } from "@/components/ui/label";
import { EmptyState } from "@/components/ui/empty-state";
import { Panel } from "@/components/ui/panel";
import { TextLink } from "@/components/ui/text-link";

export default async function ProductPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ error?: string; pool?: string }>;
}) {
  const [{ id }, { error, pool }, entry, locale, t, fields] = await Promise.all([
    params,
    searchParams,
    loadPage(),
    getLocale(),
    getTranslations("Store"),
    getTranslations("Fields"),
  ]);
  const { viewer } = entry;
  const product = await orNotFound(getStoreProduct(locale, id, viewer?.id ?? null));
  const manager = can("store.manageCompany", entry);
  const owned = new Set(product.owned.courseIds);
  const onlyCourse = product.kind === "COURSE" && product.courses.length === 1 ? product.courses[0] : null;
  const currencies = Object.entries(product.prices);
  const buyForm = (company: boolean) => (
    <Panel as="form" className="space-y-3" method="post" action="/api/store/checkout">
      <h2 className="text-lg font-semibold">{company ? t("buySeats") : t("buyForMe")}</h2>
      <input type="hidden" name="productId" value={product.id} />
      {company && pool ? <input type="hidden" name="poolId" value={pool} /> : null}
      <div>
        <Label htmlFor={`currency-${company}`}>{t("currency")}</Label>
        <select id={`currency-${company}`} name="currency" className="mt-1 rounded border border-slate-400 px-2 py-1">
          {currencies.map(([currency, amount]) => (
            <option key={currency} value={currency}>
              {formatMoney(amount!, currency, locale)}
            </option>
          ))}
        </select>
      </div>
      {company ? (
        <div>
          <Label htmlFor="seats">{t("seatCount")}</Label>
          <input
            id="seats"
            name="seats"
            type="number"
            min={1}
            max={MAX_SEATS}
            defaultValue={5}
            required
            className="mt-1 w-28 rounded border border-slate-400 px-2 py-1"
          />
        </div>
      ) : null}
      <Button>{company ? t("checkoutSeats") : t("checkout")}</Button>
    </Panel>
  );
  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm font-medium uppercase tracking-wide text-slate-600">{t(`kind.${product.kind}`)}</p>
        <PageTitle>{product.title}</PageTitle>
        {product.description ? <p className="text-lg text-slate-700">{product.description}</p> : null}
        {product.kind === "SUBSCRIPTION" ? <p>{t("everyCourse", { months: product.periodMonths ?? 1 })}</p> : null}
        <PriceList prices={product.prices} locale={locale} />
      </header>
      {product.courses.length ? (
        <section aria-labelledby="courses-heading" className="space-y-2">
          <SectionTitle id="courses-heading">{t("includedCourses")}</SectionTitle>
          <ul className="space-y-2">
            {product.courses.map((course, index) => (
              <li
                key={course.id}
                className="flex flex-col gap-3 rounded border border-slate-200 bg-white p-3 sm:flex-row"
                data-testid="included-course"
              >
                {course.image ? (
                  <CourseImageView
                    image={course.image}
                    sizes="(min-width: 640px) 16rem, 100vw"
                    lazy={index > 0}
                    className="sm:w-64 sm:shrink-0"
                  />
                ) : null}
                <div>
                  <p className="font-medium">{course.title}</p>
                  {owned.has(course.id) ? (
                    <p className="flex items-center gap-1 text-sm font-medium text-green-900">
                      <CircleCheck aria-hidden="true" className="size-4" />
                      {t("ownedCourse")}{" "}
                      <TextLink href={`/courses/${course.id}?tab=course`}>{t("goToCourse")}</TextLink>
                    </p>
                  ) : null}
                  <p className="text-sm text-slate-700">{course.summary}</p>
                  <p className="text-sm text-slate-600">{formatDuration(course.durationMinutes, locale)}</p>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {product.owned.complete ? (
        <div className="flex flex-wrap items-center gap-3 rounded border border-green-300 bg-green-50 p-4 text-green-900">
          <p>{onlyCourse ? t("alreadyOwnCourse") : t("alreadyOwnAll")}</p>
          <ButtonLink href={onlyCourse ? `/courses/${onlyCourse.id}?tab=course` : "/dashboard"}>
            {onlyCourse ? t("goToCourse") : t("goToMyLearning")}
          </ButtonLink>
        </div>
      ) : product.owned.courseIds.length ? (
        <p className="rounded bg-slate-100 p-3">
          {t("ownedCount", { owned: product.owned.courseIds.length, count: product.courses.length })}
        </p>
      ) : null}
      {error ? <Notice tone="error">{fields.has(error) ? fields(error) : t("checkoutFailed")}</Notice> : null}
      {!paymentsConfigured() ? (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 p-4">
          {t("notConfigured")}
        </p>
      ) : !viewer ? (
        <EmptyState>
          {t("signInToBuy")}{" "}
          <TextLink href={`/sign-in?returnTo=${encodeURIComponent(`/products/${product.id}`)}`} className="font-medium">
            {t("signInLink")}
          </TextLink>{" "}
          <TextLink href="/register" className="font-medium">
            {t("nav.signUp")}
          </TextLink>
        </EmptyState>
      ) : (
        <div className="grid gap-4 md:grid-cols-2">
          {pool || product.owned.complete ? null : buyForm(false)}
          {manager ? buyForm(true) : null}
        </div>
      )}
    </article>
  );
}
