// WCO staff refund a paid order (a plain form post from the console).
import { currentViewer } from "@/lib/auth/viewer";
import { seeOther } from "@/lib/auth/route-context";
import { NotFound } from "@/lib/errors";
import { refundStoreOrder } from "@/lib/store/refund-store-order";
import { isSameOrigin } from "@/lib/tenancy/same-origin";
import { currentSite } from "@/lib/tenancy/site";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const [{ id }, site, viewer] = await Promise.all([params, currentSite(), currentViewer()]);
  if (!isSameOrigin(request) || site?.kind !== "root" || !viewer) return new Response(null, { status: 404 });
  try {
    await refundStoreOrder(viewer, id);
  } catch (error) {
    if (error instanceof NotFound) return new Response(null, { status: 404 });
    throw error;
  }
  return seeOther("/admin/store/orders?refunded=1");
}
