// The store's back office (products, orders, refunds) is the WCO console's: WCO admins only, and anyone else
// finds nothing there.
import { holds } from "@/lib/permissions";
import type { Viewer } from "@/lib/auth/load-viewer";
import { NotFound } from "@/lib/errors";

export function requireStoreAdmin(actor: Viewer): void {
  if (!holds("store.administer", actor)) throw new NotFound();
}
