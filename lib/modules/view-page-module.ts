// What a page module shows, in one transaction: its title and its text in the learner's language (or English,
// or the first language written): rich-text source that the page renders as a tree of allowed elements.
// Without a learner, for a guest: a page of a course open to guests (ADR 0042).
import type { VisibilityScope } from "@/lib/auth/visibility-scope";
import { forTenant } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { requireGuest } from "@/lib/guest/guest-scope";
import { guestModule } from "./guest-module";
import { learnerModule } from "./learner-module";

export async function viewPageModule(
  scope: VisibilityScope,
  learnerId: string | null,
  locale: Locale,
  moduleId: string,
) {
  return forTenant(scope.ctx, async (tx) => {
    const target = learnerId
      ? await learnerModule(tx, scope, learnerId, moduleId, "PAGE")
      : await guestModule(tx, requireGuest(scope), moduleId, "PAGE");
    const body = (target.content?.body ?? {}) as Record<string, string>;
    const text = body[locale] ?? body.en ?? Object.values(body)[0];
    if (!text) throw new NotFound();
    return {
      courseId: target.courseId,
      title: localized(target.title as Record<string, string>, locale),
      text,
    };
  });
}
