import { holds } from "@/lib/permissions";
import { asPlatform } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import type { Actor } from "./audit-log";
import { readAuditPage, type AuditPage } from "./audit-page";

/** The whole platform's log, newest first; WCO admins only (others: NotFound). */
export async function listAuditEvents(actor: Actor, options: { page: number }): Promise<AuditPage> {
  if (!holds("console.administer", actor)) throw new NotFound();
  return asPlatform("WCO console: read the audit log", (tx) => readAuditPage(tx, {}, options.page));
}
