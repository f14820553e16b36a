// The state of the buyer's order, polled by the checkout page until the webhook has fulfilled it.
import { readRoute } from "@/lib/http/route-handler";
import { getMyOrder } from "@/lib/store/get-my-order";

export const GET = readRoute<{ id: string }>({ sites: ["academy"] }, async ({ viewer, params }) => {
  const order = await getMyOrder(viewer, params.id, "en");
  const courseId = order.product.courses.length === 1 ? order.product.courses[0].courseId : null;
  return Response.json(
    { status: order.status, seats: order.seats, courseId },
    { headers: { "Cache-Control": "no-store" } },
  );
});
