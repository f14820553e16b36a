// The file of an information point upload form, read once its request is known to be within the limit (the
// production server's body guard knows the same limit: scripts/lib/request-guards.mjs).
import { Invalid } from "@/lib/errors";
import { contentLimits } from "@/lib/modules/content-limits";

export async function uploadedFile(request: Request, form: FormData): Promise<{ bytes: Uint8Array; fileName: string }> {
  if (Number(request.headers.get("content-length") ?? 0) > contentLimits().resourceBytes + 64 * 1024)
    throw new Invalid({ file: "resourceTooLarge" });
  const file = form.get("file");
  if (!(file instanceof File)) return { bytes: new Uint8Array(), fileName: "" };
  return { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name };
}
