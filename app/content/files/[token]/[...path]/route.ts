import { mayReadFiles } from "@/lib/scorm/lease-attempt";
import { verifyLaunchToken } from "@/lib/scorm/launch-token";
import { packageFileResponse } from "@/lib/scorm/package-file-response";

// A file of a SCORM package, on the content origin, for the holder of a valid launch token whose attempt's
// lease runs (the learner's player is open) only. Only the
// platform origin named in the token (and this origin) may frame it.
export async function GET(_request: Request, { params }: { params: Promise<{ token: string; path: string[] }> }) {
  const { token, path } = await params;
  return packageFileResponse(token, path, verifyLaunchToken, mayReadFiles);
}
