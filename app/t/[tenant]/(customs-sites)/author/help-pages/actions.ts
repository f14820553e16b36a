"use server";

import { authorOn } from "@/lib/authoring/author";
import { saveHelpPage } from "@/lib/help/save-help-page";
import { formAction } from "@/lib/http/form-action";

export const saveHelpPageAction = formAction(
  { signIn: "/author/help-pages", can: "authoring.author", revalidate: "/author/help-pages", keepValues: true },
  ({ site, viewer }, form) =>
    saveHelpPage(authorOn(site, viewer), {
      kind: form.get("kind"),
      locale: form.get("locale"),
      body: form.get("body"),
    }),
);
