import { notFound } from "next/navigation";
import { requireSignedIn } from "@/lib/auth/request-context";
import { visibilityScope } from "@/lib/auth/visibility-scope";
import { NotFound } from "@/lib/errors";

/** A signed-in learner's scope for the learning pages; what they may not reach answers 404. */
export async function learnerPage(returnTo: string) {
  const context = await requireSignedIn(returnTo);
  return { ...context, scope: visibilityScope(context) };
}

export function orNotFound<T>(promise: Promise<T>): Promise<T> {
  return promise.catch((error) => {
    if (error instanceof NotFound) notFound();
    throw error;
  });
}
