// What a page module shows, in one transaction: its title and its text in the learner's language (or English,
// or the first language written): rich-text source that the page renders as a tree of allowed elements.
import type { VisibilityScope } from "@/lib/auth/visibility-scope";
import { forTenant } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/locales";
import { learnerModule } from "./learner-module";

export async function viewPageModule(scope: VisibilityScope, learnerId: string, locale: Locale, moduleId: string) {
  return forTenant(scope.ctx, async (tx) => {
    const target = await learnerModule(tx, scope, learnerId, moduleId, "PAGE");
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
