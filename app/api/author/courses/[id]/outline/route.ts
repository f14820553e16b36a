import { currentViewer } from "@/lib/auth/viewer";
import { authorOn } from "@/lib/authoring/author";
import { addModule, addSection, editModule, moveModule, moveSection, removeModule, removeSection, renameSection, type Direction } from "@/lib/authoring/course-outline";
import { setCoursePublished } from "@/lib/authoring/publish-course";
import { Invalid, NotFound } from "@/lib/errors";
import { isSameOrigin } from "@/lib/tenancy/same-origin";
import { currentSite } from "@/lib/tenancy/site";

// The outline's buttons (add, rename, edit, move, remove, publish) post plain forms here, so they work without
// JavaScript; the answer reloads the course's editing page, with ?error=<message key> after a refusal.
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!isSameOrigin(request)) return new Response("Forbidden", { status: 403 });
  const [{ id: courseId }, site, viewer, form] = await Promise.all([params, currentSite(), currentViewer(), request.formData()]);
  const text = (key: string) => String(form.get(key) ?? "");
  const locale = text("locale") || "en";
  const title = { [locale]: text("title") };
  const direction = text("direction") as Direction;
  let error: string | null = null;
  try {
    if (!site) throw new NotFound();
    const author = authorOn(site, viewer);
    const op = text("op");
    if (op === "addSection") await addSection(author, courseId, title);
    else if (op === "renameSection") await renameSection(author, courseId, text("sectionId"), title);
    else if (op === "moveSection") await moveSection(author, courseId, text("sectionId"), direction);
    else if (op === "removeSection") await removeSection(author, courseId, text("sectionId"));
    else if (op === "addModule") await addModule(author, courseId, text("sectionId"), { kind: text("kind"), title, required: form.get("required") === "on" });
    else if (op === "editModule") await editModule(author, courseId, text("moduleId"), { kind: text("kind"), title, required: form.get("required") === "on" });
    else if (op === "moveModule") await moveModule(author, courseId, text("moduleId"), direction);
    else if (op === "removeModule") await removeModule(author, courseId, text("moduleId"));
    else if (op === "publish" || op === "unpublish") await setCoursePublished(author, courseId, op === "publish");
    else throw new NotFound();
  } catch (caught) {
    if (caught instanceof NotFound) return new Response("Not found", { status: 404 });
    if (!(caught instanceof Invalid)) throw caught;
    error = Object.values(caught.fields)[0] ?? "required";
  }
  const location = `/author/courses/${courseId}?locale=${encodeURIComponent(locale)}${error ? `&error=${error}` : ""}#outline`;
  return new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
}
