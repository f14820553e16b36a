import { learnerPost } from "@/lib/auth/route-context";
import { NotFound } from "@/lib/errors";
import { recordVisit } from "@/lib/learning/record-visit";

// The course page's beacon, sent once the page is shown: remembers the visit for "latest visited" on the dashboard.
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const [context, { id }] = await Promise.all([learnerPost(request), params]);
  if (!context) return new Response("Not found", { status: 404 });
  try {
    await recordVisit(context.scope, context.viewer.id, id);
  } catch (error) {
    if (error instanceof NotFound) return new Response("Not found", { status: 404 });
    throw error;
  }
  return new Response(null, { status: 204 });
}
