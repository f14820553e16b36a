// The store's catalogue: active products, a page at a time, with which of their courses the buyer already has.
import { forTenant } from "@/lib/db";
import { ownedCourseIds } from "./owned-courses";
import { storeContext } from "./store-context";
import { courseSelect, storeProductView as view, type StoreProductView } from "./store-product-view";

export const STORE_PAGE_SIZE = 12;

export async function listStoreProducts(
  locale: string,
  page = 1,
  buyerId: string | null = null,
): Promise<{ products: StoreProductView[]; total: number }> {
  const ctx = await storeContext();
  return forTenant(ctx, async (tx) => {
    const where = { active: true };
    const [rows, total, owned] = await Promise.all([
      tx.storeProduct.findMany({
        where,
        orderBy: [{ kind: "asc" }, { createdAt: "asc" }],
        skip: (Math.max(1, page) - 1) * STORE_PAGE_SIZE,
        take: STORE_PAGE_SIZE,
        include: { courses: { orderBy: { position: "asc" }, include: { course: { select: courseSelect(locale) } } } },
      }),
      tx.storeProduct.count({ where }),
      ownedCourseIds(tx, buyerId),
    ]);
    return { products: rows.map((row) => view(row, locale, owned)), total };
  });
}
