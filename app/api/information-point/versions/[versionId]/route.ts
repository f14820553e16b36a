import { downloadResponse } from "@/lib/http/download-response";
import { readRoute } from "@/lib/http/route-handler";
import { openDocumentVersion } from "@/lib/information-point/open-document-version";

// A version of an information point document, for National Coordinators and WCO staff only (404 for anyone else),
// streamed from the content store under its safe name.
export const GET = readRoute<{ versionId: string }>({ can: "infoPoint.read" }, async (input) =>
  downloadResponse(await openDocumentVersion(input, input.params.versionId)),
);
