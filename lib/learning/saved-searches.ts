// Searches of the record of learning that a learner names and keeps: how many, and reading them in a
// transaction of the caller (a page that reads more in the same one).
import type { TenantTx } from "@/lib/db";

export const MAX_SAVED_SEARCHES = 20;

export async function readSavedSearches(tx: TenantTx, userId: string) {
  return tx.savedSearch.findMany({
    where: { userId },
    orderBy: { name: "asc" },
    select: { id: true, name: true, query: true, isDefault: true },
  });
}
