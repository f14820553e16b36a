// One file of a course downloaded for offline use, as the content origin answers it under a device grant: the outline,
// a file of one of the course's current SCORM packages, or a module's video, captions or resource. The file must
// belong to the grant's course; the answers are those of the player and the module pages (same types and policies).
import { forTenant } from "@/lib/db";
import { statusResponse } from "@/lib/http/status-response";
import { UUID } from "@/lib/ids";
import { serveMedia } from "@/lib/modules/serve-media";
import { storedPackageFile } from "@/lib/scorm/package-file-response";
import { readOutline } from "./course-outline";
import type { DeviceGrantClaims } from "./device-grant";
import { OUTLINE } from "./download-paths";

export async function serveDownloadedFile(
  claims: DeviceGrantClaims,
  path: string,
  range: string | null,
): Promise<Response> {
  const ctx = { tenantId: claims.tenantId, audience: claims.audience };
  if (path === OUTLINE)
    return Response.json(await forTenant(ctx, (tx) => readOutline(tx, claims.courseId)), {
      headers: { "Cache-Control": "private, no-cache", "X-Content-Type-Options": "nosniff" },
    });
  const [kind, id, ...rest] = path.split("/");
  const file = rest.join("/");
  if (!UUID.test(id ?? "") || !file) return statusResponse(404);
  if (kind === "package") {
    const pkg = await forTenant(ctx, (tx) =>
      tx.scormPackage.findFirst({
        where: { id, courseId: claims.courseId, replacedAt: null },
        select: { storageKey: true },
      }),
    );
    return pkg ? storedPackageFile(pkg.storageKey, file, claims.origin) : statusResponse(404);
  }
  if (kind === "media") {
    const content = await forTenant(ctx, (tx) =>
      tx.moduleContent.findFirst({ where: { moduleId: id, courseId: claims.courseId }, select: { storageKey: true } }),
    );
    if (!content?.storageKey) return statusResponse(404);
    return serveMedia({ ...claims, key: content.storageKey, moduleId: id }, file, range);
  }
  return statusResponse(404);
}
