import { seeOther } from "@/lib/auth/route-context";
import { currentViewer } from "@/lib/auth/viewer";
import { Invalid, NotFound } from "@/lib/errors";
import { isSameOrigin } from "@/lib/tenancy/same-origin";
import { candidateOf } from "@/lib/workshops/candidate";
import { withdrawApplication } from "@/lib/workshops/withdraw-application";

// "Withdraw" on the candidate's application page (a plain form); back to the application.
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!isSameOrigin(request)) return new Response("Forbidden", { status: 403 });
  const [{ id }, viewer] = await Promise.all([params, currentViewer()]);
  try {
    await withdrawApplication(candidateOf(viewer), id);
  } catch (error) {
    if (error instanceof NotFound) return new Response("Not found", { status: 404 });
    if (error instanceof Invalid) return seeOther(`/workshops/applications/${id}?error=cannotWithdraw`);
    throw error;
  }
  return seeOther(`/workshops/applications/${id}?done=withdrawn`);
}
