// The store's catalogue as everyone sees it: active products, their prices and the core courses they link.
// Read in the Academy tenant's context without a learner, so the catalogue shows what is for sale, never
// what a learner may reach (that is StoreAccess, see lib/db/tenant-scope.ts).
import { forTenant, type TenantContext } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { localized } from "@/lib/i18n/localized";
import { tenantBySlug } from "@/lib/tenancy/tenant-cache";
import { parsePrices, type Prices } from "./prices";
import { UUID } from "@/lib/ids";

export const STORE_PAGE_SIZE = 12;

export async function academyTenantId(): Promise<string> {
  const tenant = await tenantBySlug("academy");
  if (!tenant || tenant.kind !== "ACADEMY") throw new Error("The Academy tenant is missing.");
  return tenant.id;
}

/** The Academy's data-layer context for store data (products, orders, seats), without course access limits. */
export async function storeContext(): Promise<TenantContext> {
  return { tenantId: await academyTenantId(), audience: "PUBLIC" };
}

export interface StoreCourse {
  id: string;
  code: string;
  title: string;
  summary: string;
  durationMinutes: number;
}

export interface StoreProductView {
  id: string;
  kind: "COURSE" | "BUNDLE" | "SUBSCRIPTION";
  title: string;
  description: string;
  prices: Prices;
  periodMonths: number | null;
  courses: StoreCourse[];
}

const courseSelect = (locale: string) => ({
  id: true,
  code: true,
  durationMinutes: true,
  translations: { where: { locale: { in: [locale, "en"] } }, select: { locale: true, title: true, summary: true } },
});

type CourseRow = {
  id: string;
  code: string;
  durationMinutes: number;
  translations: Array<{ locale: string; title: string; summary: string }>;
};

export function storeCourse(course: CourseRow, locale: string): StoreCourse {
  const text =
    course.translations.find((t) => t.locale === locale) ?? course.translations.find((t) => t.locale === "en");
  return {
    id: course.id,
    code: course.code,
    durationMinutes: course.durationMinutes,
    title: text?.title ?? course.code,
    summary: text?.summary ?? "",
  };
}

function view(
  product: {
    id: string;
    kind: StoreProductView["kind"];
    title: unknown;
    description: unknown;
    prices: unknown;
    periodMonths: number | null;
    courses: Array<{ course: CourseRow }>;
  },
  locale: string,
): StoreProductView {
  return {
    id: product.id,
    kind: product.kind,
    title: localized(product.title as Record<string, string>, locale),
    description: localized(product.description as Record<string, string>, locale),
    prices: parsePrices(product.prices),
    periodMonths: product.periodMonths,
    courses: product.courses.map((link) => storeCourse(link.course, locale)),
  };
}

export async function listStoreProducts(
  locale: string,
  page = 1,
): Promise<{ products: StoreProductView[]; total: number }> {
  const ctx = await storeContext();
  return forTenant(ctx, async (tx) => {
    const where = { active: true };
    const [rows, total] = await Promise.all([
      tx.storeProduct.findMany({
        where,
        orderBy: [{ kind: "asc" }, { createdAt: "asc" }],
        skip: (Math.max(1, page) - 1) * STORE_PAGE_SIZE,
        take: STORE_PAGE_SIZE,
        include: { courses: { orderBy: { position: "asc" }, include: { course: { select: courseSelect(locale) } } } },
      }),
      tx.storeProduct.count({ where }),
    ]);
    return { products: rows.map((row) => view(row, locale)), total };
  });
}

/** An active product; 404 for anything else. */
export async function getStoreProduct(locale: string, productId: string): Promise<StoreProductView> {
  if (!UUID.test(productId)) throw new NotFound();
  const ctx = await storeContext();
  const row = await forTenant(ctx, (tx) =>
    tx.storeProduct.findFirst({
      where: { id: productId, active: true },
      include: { courses: { orderBy: { position: "asc" }, include: { course: { select: courseSelect(locale) } } } },
    }),
  );
  if (!row) throw new NotFound();
  return view(row, locale);
}
