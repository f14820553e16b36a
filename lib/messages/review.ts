// Who reviews reported messages, and where: a report is kept in its reviewers' tenant (an administration's for a
// pair of its own users, read by its National Coordinators; the WCO's for any other pair, read by WCO staff), so a
// reviewer reads and decides the reports of their home tenant only (ADR 0047).
import type { Viewer } from "@/lib/auth/viewer";
import type { TenantContext } from "@/lib/db";
import type { Entry } from "@/lib/http/entry";
import { assertCan } from "@/lib/permissions";

/** The reviewers' page, where a report's alert leads. */
export const REPORTED_MESSAGES_PATH = "/team/reported-messages";

export const REPORTS_PER_PAGE = 20;

/** The reviewer of the entry, and the context of the tenant whose reports they review; NotFound otherwise. */
export function reviewerOf(entry: Entry): { reviewer: Viewer; ctx: TenantContext } {
  const reviewer = assertCan("messages.review", entry);
  return { reviewer, ctx: { tenantId: reviewer.homeTenantId, audience: "PUBLIC" } };
}
