// One of the buyer's orders, its receipt; 404 for anyone else's.
import type { Viewer } from "@/lib/auth/load-viewer";
import { forTenant } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { storeContext } from "./store-context";
import { UUID } from "@/lib/ids";
import { orderBuyer, orderSelect, orderView } from "./my-order-view";

export async function getMyOrder(viewer: Viewer | null, orderId: string, locale: string) {
  const me = orderBuyer(viewer);
  if (!UUID.test(orderId)) throw new NotFound();
  const row = await forTenant(await storeContext(), (tx) =>
    tx.storeOrder.findFirst({
      where: { id: orderId, userId: me.id },
      select: {
        ...orderSelect,
        product: {
          select: {
            id: true,
            kind: true,
            title: true,
            courses: { orderBy: { position: "asc" }, select: { courseId: true } },
          },
        },
      },
    }),
  );
  if (!row) throw new NotFound();
  return orderView(row, locale);
}
