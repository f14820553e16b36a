// An author makes a resource module a link to a page on the web (https only); it replaces a stored file.
// Audited.
import type { Author } from "@/lib/authoring/author";
import { parse } from "@/lib/authoring/parse-input";
import { recordAudit } from "@/lib/console/audit-log";
import { forTenant } from "@/lib/db";
import { authorModule } from "./author-module";
import { writeModuleContent } from "./write-module-content";
import { linkSchema } from "./schemas";
import { releaseKey } from "./stored-files";

export async function saveResourceLink(author: Author, courseId: string, moduleId: string, input: unknown) {
  const { url } = parse(linkSchema, input);
  const released = await forTenant(author.ctx, async (tx) => {
    const courseModule = await authorModule(tx, author, courseId, moduleId, "RESOURCE");
    const data = { url, storageKey: null, fileName: null, contentType: null, bytes: null };
    await writeModuleContent(tx, author, courseId, moduleId, data);
    await recordAudit(tx, author.actor, {
      tenantId: author.ctx.tenantId,
      action: "course.module.resource",
      targetType: "CourseModule",
      targetId: moduleId,
      before: courseModule.content ? { fileName: courseModule.content.fileName, url: courseModule.content.url } : null,
      after: { url },
    });
    return courseModule.content?.storageKey;
  });
  await releaseKey(author.ctx, released);
}
