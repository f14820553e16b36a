// Assigns a seat of the manager's pool to an employee's e-mail address (a plain form post).
import { currentViewer } from "@/lib/auth/viewer";
import { seeOther } from "@/lib/auth/route-context";
import { Invalid, NotFound } from "@/lib/errors";
import { assignSeat } from "@/lib/store/seats/assign-seat";
import { isSameOrigin } from "@/lib/tenancy/same-origin";
import { currentSite } from "@/lib/tenancy/site";

export async function POST(request: Request): Promise<Response> {
  const [site, viewer] = await Promise.all([currentSite(), currentViewer()]);
  if (!isSameOrigin(request) || site?.kind !== "academy") return new Response(null, { status: 404 });
  const form = await request.formData();
  const poolId = String(form.get("poolId") ?? "");
  try {
    await assignSeat(viewer, poolId, String(form.get("email") ?? ""));
  } catch (error) {
    if (error instanceof NotFound) return new Response(null, { status: 404 });
    if (error instanceof Invalid) return seeOther(`/company/${encodeURIComponent(poolId)}?error=${encodeURIComponent(Object.values(error.fields)[0])}`);
    throw error;
  }
  return seeOther(`/company/${encodeURIComponent(poolId)}?done=assigned`);
}
