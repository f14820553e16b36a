// Everything the record of learning shows, read in one transaction: the learner's courses (searched by title),
// their earlier completions, their SCORM results per module and SCO, their saved searches and their certificates.
import { readCertificates } from "@/lib/certificates/list-certificates";
import { forTenant, type TenantContext } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";
import { readMyCourses } from "./list-my-courses";
import { readMyScormResults } from "./my-scorm-results";
import { readPreviousCompletions } from "./previous-completions";
import { readSavedSearches } from "./saved-searches";

/** `search` absent (no ?q= in the address): the learner's default view, their default saved search if any. */
export async function viewRecordOfLearning(
  ctx: TenantContext,
  learnerId: string,
  locale: Locale,
  search: string | undefined,
) {
  return forTenant(ctx, async (tx) => {
    // One after another: a transaction's queries share one connection.
    const saved = await readSavedSearches(tx, learnerId);
    const query = search ?? saved.find((s) => s.isDefault)?.query ?? "";
    const courses = await readMyCourses(tx, learnerId, locale, { search: query, order: "title" });
    const previous = await readPreviousCompletions(tx, learnerId, courses);
    const scorm = await readMyScormResults(tx, learnerId, courses, locale);
    const certificates = await readCertificates(tx, learnerId);
    return { query, courses, previous, scorm, saved, certificates };
  });
}
