// The state of the buyer's order, polled by the checkout page until the webhook has fulfilled it.
import { currentViewer } from "@/lib/auth/viewer";
import { NotFound } from "@/lib/errors";
import { getMyOrder } from "@/lib/store/get-my-order";
import { currentSite } from "@/lib/tenancy/site";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const [{ id }, site, viewer] = await Promise.all([params, currentSite(), currentViewer()]);
  if (site?.kind !== "academy") return new Response(null, { status: 404 });
  try {
    const order = await getMyOrder(viewer, id, "en");
    return Response.json({ status: order.status, seats: order.seats, courseId: order.product.courses.length === 1 ? order.product.courses[0].courseId : null }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof NotFound) return new Response(null, { status: 404 });
    throw error;
  }
}
