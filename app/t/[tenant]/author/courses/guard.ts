import { notFound } from "next/navigation";
import { requireSignedIn } from "@/lib/auth/request-context";
import { authorOn } from "@/lib/authoring/author";
import { NotFound } from "@/lib/errors";

/** The authoring pages' guard: a WCO admin on the root site or a tenant admin on their space; else 404. */
export async function requireAuthor(returnTo: string) {
  const context = await requireSignedIn(returnTo);
  try {
    return { ...context, author: authorOn(context.site, context.viewer) };
  } catch (error) {
    if (error instanceof NotFound) notFound();
    throw error;
  }
}
