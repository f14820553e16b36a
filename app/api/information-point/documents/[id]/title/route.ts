import { backTo } from "@/lib/http/back-to";
import { formPost } from "@/lib/http/route-handler";
import { setDocumentTitle } from "@/lib/information-point/set-document-title";

const PAGE = "/information-point/documents";

// WCO staff write a document's title in one language, from its tab on the documents page.
export const POST = formPost<{ id: string }>(
  {
    can: "infoPoint.publish",
    onRefusal: async ({ key }, { params, form }) =>
      backTo(PAGE, { error: key, edit: params.id, locale: (await form()).get("locale") }),
    onNotFound: () => backTo(PAGE, { error: "documentGone" }),
  },
  async (input) => {
    const form = await input.form();
    const locale = form.get("locale");
    await setDocumentTitle(input, input.params.id, { locale, title: form.get("title") });
    return backTo(PAGE, { done: "titleSaved", edit: input.params.id, locale });
  },
);
