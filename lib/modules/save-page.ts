// An author writes a page module's text, one language at a time, in the platform's one rich-text subset
// (lib/content/rich-text.ts: paragraphs, lists, bold, italic, web links). The server stores the source and
// every page renders it as a tree of allowed elements, so no author's HTML ever reaches a learner. Audited.
import type { Author } from "@/lib/authoring/author";
import { parse } from "@/lib/authoring/parse-input";
import { recordAudit } from "@/lib/console/audit-log";
import { forTenant } from "@/lib/db";
import { authorModule } from "./author-module";
import { writeModuleContent } from "./write-module-content";
import { pageTextSchema } from "./schemas";

export async function savePage(author: Author, courseId: string, moduleId: string, input: unknown) {
  const { locale, text } = parse(pageTextSchema, input);
  await forTenant(author.ctx, async (tx) => {
    const courseModule = await authorModule(tx, author, courseId, moduleId, "PAGE");
    const texts: Record<string, string> = { ...((courseModule.content?.body ?? {}) as Record<string, string>) };
    if (text) texts[locale] = text;
    else delete texts[locale];
    await writeModuleContent(tx, author, courseId, moduleId, { body: texts });
    await recordAudit(tx, author.actor, {
      tenantId: author.ctx.tenantId,
      action: "course.module.page",
      targetType: "CourseModule",
      targetId: moduleId,
      after: { locale, characters: text.length },
    });
  });
}
