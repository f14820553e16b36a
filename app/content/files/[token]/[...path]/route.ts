import { readStoredFile } from "@/lib/content-store";
import { mayReadFiles } from "@/lib/scorm/lease-attempt";
import { verifyLaunchToken } from "@/lib/scorm/launch-token";
import { packageFileResponse } from "@/lib/scorm/package-file-response";

// A file of a SCORM package, on the content origin, for the holder of a valid launch token whose attempt's
// lease runs (the learner's player is open) only. Only the
// platform origin named in the token (and this origin) may frame it.
export async function GET(_request: Request, { params }: { params: Promise<{ token: string; path: string[] }> }) {
  const { token, path } = await params;
  const claims = verifyLaunchToken(token);
  const relative = path.map((part) => decodeURIComponent(part)).join("/");
  const bytes = claims && (await mayReadFiles(claims, token)) ? await readStoredFile(claims.key, relative) : null;
  if (!claims || !bytes) return new Response("Not found", { status: 404 });
  return packageFileResponse(bytes, relative, claims.origin);
}
