import { backTo } from "@/lib/http/back-to";
import { formPost } from "@/lib/http/route-handler";
import { removeDocument } from "@/lib/information-point/remove-document";

const PAGE = "/information-point/documents";

// WCO staff remove a document (confirmed on the page); already removed (another tab): the page says so.
export const POST = formPost<{ id: string }>(
  { can: "infoPoint.publish", onNotFound: () => backTo(PAGE, { error: "documentGone" }) },
  async (input) => {
    await removeDocument(input, input.params.id);
    return backTo(PAGE, { done: "documentRemoved" });
  },
);
