// WCO staff refund a paid order (a plain form post from the console).
import { formPost } from "@/lib/http/route-handler";
import { refundStoreOrder } from "@/lib/store/refund-store-order";

export const POST = formPost<{ id: string }>({ can: "store.administer" }, async ({ viewer, params }) => {
  await refundStoreOrder(viewer, params.id);
  return "/admin/store/orders?refunded=1";
});
