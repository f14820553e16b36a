import { notFound } from "next/navigation";
import { requireSignedIn } from "@/lib/auth/request-context";
import { NotFound } from "@/lib/errors";
import { selectorOn } from "@/lib/workshops/selector";

/** The selection pages' guard: a WCO admin on the root site, or a tenant admin on their space; else 404. */
export async function requireSelector(returnTo: string) {
  const context = await requireSignedIn(returnTo);
  try {
    return { ...context, selector: selectorOn(context.site, context.viewer) };
  } catch (error) {
    if (error instanceof NotFound) notFound();
    throw error;
  }
}
