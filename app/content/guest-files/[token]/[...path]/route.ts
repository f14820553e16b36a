import { mayReadGuestFiles } from "@/lib/scorm/guest-session";
import { verifyGuestToken } from "@/lib/scorm/guest-token";
import { packageFileResponse } from "@/lib/scorm/package-file-response";

// A file of a SCORM package for a guest's frame (ADR 0042): while the package's course is open to guests.
export async function GET(_request: Request, { params }: { params: Promise<{ token: string; path: string[] }> }) {
  const { token, path } = await params;
  return packageFileResponse(token, path, verifyGuestToken, mayReadGuestFiles);
}
