import { readStoredFile } from "@/lib/content-store";
import { mayReadGuestFiles } from "@/lib/scorm/guest-session";
import { verifyGuestToken } from "@/lib/scorm/guest-token";
import { packageFileResponse } from "@/lib/scorm/package-file-response";

// A file of a SCORM package for a guest's frame (ADR 0042): while the package's course is open to guests.
export async function GET(_request: Request, { params }: { params: Promise<{ token: string; path: string[] }> }) {
  const { token, path } = await params;
  const claims = verifyGuestToken(token);
  const relative = path.map((part) => decodeURIComponent(part)).join("/");
  const bytes = claims && (await mayReadGuestFiles(claims, token)) ? await readStoredFile(claims.key, relative) : null;
  if (!claims || !bytes) return new Response("Not found", { status: 404 });
  return packageFileResponse(bytes, relative, claims.origin);
}
