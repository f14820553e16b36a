// WCO staff change a store product's prices and whether it is offered (audited).
import { fieldMessages } from "@/lib/field-messages";
import type { Viewer } from "@/lib/auth/load-viewer";
import { recordAudit } from "@/lib/console/audit-log";
import { asPlatform } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { academyTenantId } from "./store-context";
import { requireStoreAdmin } from "./store-admin";
import { parsePrices } from "./prices";
import { productUpdateSchema, type ProductUpdate } from "./schemas";

/** New prices (for new orders only) and whether the product is offered; access already sold is kept. */
export async function updateStoreProduct(actor: Viewer, productId: string, input: ProductUpdate): Promise<void> {
  requireStoreAdmin(actor);
  const parsed = productUpdateSchema.safeParse(input);
  if (!parsed.success) throw new Invalid(fieldMessages(parsed.error));
  const tenantId = await academyTenantId();
  await asPlatform("store: WCO staff change a product", async (tx) => {
    const before = await tx.storeProduct.findFirst({
      where: { id: productId, tenantId },
      select: { prices: true, active: true },
    });
    if (!before) throw new NotFound();
    await tx.storeProduct.update({
      where: { id: productId },
      data: { prices: parsed.data.prices, active: parsed.data.active },
    });
    await recordAudit(tx, actor, {
      tenantId,
      action: "store.product.update",
      targetType: "StoreProduct",
      targetId: productId,
      before: { prices: parsePrices(before.prices), active: before.active },
      after: parsed.data,
    });
  });
}
