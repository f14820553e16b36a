import { openAttachment } from "@/lib/discussions/open-attachment";
import { downloadResponse } from "@/lib/http/download-response";
import { readRoute } from "@/lib/http/route-handler";

// A discussion post's file, for readers of its thread only (404 for anyone else), always downloaded, never shown.
export const GET = readRoute<{ courseId: string; attachmentId: string }>({}, async (input) =>
  downloadResponse(await openAttachment(input, input.params.courseId, input.params.attachmentId)),
);
