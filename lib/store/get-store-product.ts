import { forTenant } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { UUID } from "@/lib/ids";
import { storeContext } from "./store-context";
import { courseSelect, storeProductView as view, type StoreProductView } from "./store-product-view";

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
