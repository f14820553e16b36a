import { backTo } from "@/lib/http/back-to";
import { formPost } from "@/lib/http/route-handler";
import { uploadedFile } from "@/lib/information-point/upload-body";
import { uploadDocument } from "@/lib/information-point/upload-document";

const PAGE = "/information-point/documents";

// WCO staff add a document (multipart: its title, the title's language and its file). A refusal comes back to the
// page with its message and the title typed, so only the file is chosen again.
export const POST = formPost(
  {
    can: "infoPoint.publish",
    onRefusal: async ({ key }, { form }) => {
      const values = await form();
      return backTo(`${PAGE}#new-document`, { error: key, title: values.get("title"), locale: values.get("locale") });
    },
  },
  async (input) => {
    const form = await input.form();
    const file = await uploadedFile(input.request, form);
    await uploadDocument(input, { locale: form.get("locale"), title: form.get("title") }, file);
    return backTo(PAGE, { done: "documentAdded" });
  },
);
