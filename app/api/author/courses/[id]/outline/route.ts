import { authorOn } from "@/lib/authoring/author";
import { addModule } from "@/lib/authoring/add-module";
import { addSection } from "@/lib/authoring/add-section";
import { editModule } from "@/lib/authoring/edit-module";
import { moveModule } from "@/lib/authoring/move-module";
import { moveSection } from "@/lib/authoring/move-section";
import { removeModule } from "@/lib/authoring/remove-module";
import { removeSection } from "@/lib/authoring/remove-section";
import { renameSection } from "@/lib/authoring/rename-section";
import { type Direction } from "@/lib/authoring/outline-change";
import { setCoursePublished } from "@/lib/authoring/publish-course";
import { NotFound } from "@/lib/errors";
import { formPost } from "@/lib/http/route-handler";

// The outline's buttons (add, rename, edit, move, remove, publish) post plain forms here, so they work without
// JavaScript; the answer reloads the course's editing page, with ?error=<message key> after a refusal.
const editor = (courseId: string, locale: string, error?: string) =>
  `/author/courses/${courseId}?locale=${encodeURIComponent(locale)}${error ? `&error=${error}` : ""}#outline`;

const localeOf = (form: FormData) => String(form.get("locale") ?? "") || "en";

export const POST = formPost<{ id: string }>(
  {
    can: "authoring.author",
    onRefusal: async ({ key }, input) => editor(input.params.id, localeOf(await input.form()), key),
  },
  async ({ site, viewer, params, form: readForm }) => {
    const form = await readForm();
    const text = (key: string) => String(form.get(key) ?? "");
    const courseId = params.id;
    const locale = localeOf(form);
    const title = { [locale]: text("title") };
    const direction = text("direction") as Direction;
    const author = authorOn(site, viewer);
    const op = text("op");
    if (op === "addSection") await addSection(author, courseId, title);
    else if (op === "renameSection") await renameSection(author, courseId, text("sectionId"), title);
    else if (op === "moveSection") await moveSection(author, courseId, text("sectionId"), direction);
    else if (op === "removeSection") await removeSection(author, courseId, text("sectionId"));
    else if (op === "addModule")
      await addModule(author, courseId, text("sectionId"), {
        kind: text("kind"),
        title,
        required: form.get("required") === "on",
      });
    else if (op === "editModule")
      await editModule(author, courseId, text("moduleId"), {
        kind: text("kind"),
        title,
        required: form.get("required") === "on",
      });
    else if (op === "moveModule") await moveModule(author, courseId, text("moduleId"), direction);
    else if (op === "removeModule") await removeModule(author, courseId, text("moduleId"));
    else if (op === "publish" || op === "unpublish") await setCoursePublished(author, courseId, op === "publish");
    else throw new NotFound();
    return editor(courseId, locale);
  },
);
