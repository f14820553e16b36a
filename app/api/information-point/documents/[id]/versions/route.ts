import { backTo } from "@/lib/http/back-to";
import { formPost } from "@/lib/http/route-handler";
import { uploadedFile } from "@/lib/information-point/upload-body";
import { uploadDocumentVersion } from "@/lib/information-point/upload-document-version";

const PAGE = "/information-point/documents";

// WCO staff upload a new version of a document; the earlier ones stay listed and downloadable.
export const POST = formPost<{ id: string }>(
  {
    can: "infoPoint.publish",
    onRefusal: ({ key }, { params }) => backTo(`${PAGE}#document-${params.id}`, { error: key, document: params.id }),
    onNotFound: () => backTo(PAGE, { error: "documentGone" }),
  },
  async (input) => {
    const file = await uploadedFile(input.request, await input.form());
    await uploadDocumentVersion(input, input.params.id, file);
    return backTo(`${PAGE}#document-${input.params.id}`, { done: "versionAdded", document: input.params.id });
  },
);
