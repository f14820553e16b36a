// A SCORM module's attempt settings as its author sees them (docs/decisions/0021-scorm-attempts.md).
import type { Author } from "@/lib/authoring/author";
import { forTenant } from "@/lib/db";
import { scormSettingsOf } from "@/lib/records/scorm-settings";
import { scormModule } from "./scorm-module";

/** The module's title and settings (the defaults until saved), for its author only. */
export async function scormSettingsForAuthor(author: Author, courseId: string, moduleId: string) {
  return forTenant(author.ctx, async (tx) => {
    const found = await scormModule(tx, author, courseId, moduleId);
    const [settings] = (await scormSettingsOf(tx, [moduleId])).values();
    return { title: found.title as Record<string, string>, settings };
  });
}
