import { forTenant, type TenantContext } from "@/lib/db";
import { readSavedSearches } from "./saved-searches";

/** The searches of the record of learning the learner saved, by name. */
export async function listSavedSearches(ctx: TenantContext, userId: string) {
  return forTenant(ctx, (tx) => readSavedSearches(tx, userId));
}
