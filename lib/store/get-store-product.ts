import { forTenant } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { UUID } from "@/lib/ids";
import { ownedCourseIds } from "./owned-courses";
import { storeContext } from "./store-context";
import { courseSelect, storeProductView as view, type StoreProductView } from "./store-product-view";

/** An active product, with which of its courses the buyer already has; 404 for anything else. */
export async function getStoreProduct(
  locale: string,
  productId: string,
  buyerId: string | null = null,
): Promise<StoreProductView> {
  if (!UUID.test(productId)) throw new NotFound();
  const ctx = await storeContext();
  const { row, owned } = await forTenant(ctx, async (tx) => ({
    row: await tx.storeProduct.findFirst({
      where: { id: productId, active: true },
      include: { courses: { orderBy: { position: "asc" }, include: { course: { select: courseSelect(locale) } } } },
    }),
    owned: await ownedCourseIds(tx, buyerId),
  }));
  if (!row) throw new NotFound();
  return view(row, locale, owned);
}
