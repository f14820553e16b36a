// What "Make available offline" downloads for a course (ADR 0051): the outline (with page modules' text and quiz
// questions without answers), the current SCORM packages' files, videos with their captions, resources, each with its
// size, and a device grant that lets this device fetch them from the content origin for 30 days. Only for a signed-in
// learner enrolled in a course she may see, with her account active; anyone else gets NotFound and nothing is issued.
import type { VisibilityScope } from "@/lib/auth/visibility-scope";
import { visibilityWhere } from "@/lib/catalogue/visibility-where";
import { listStoredKey, storedSize } from "@/lib/content-store";
import { forTenant } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { UUID } from "@/lib/ids";
import { FILE, captionsFile } from "@/lib/modules/stored-files";
import { outlineBytes, readOutline } from "./course-outline";
import { issueDeviceGrant } from "./device-grant";
import { DEVICE_ID, OUTLINE, mediaPath, packagePath } from "./download-paths";

export interface DownloadFile {
  /** Relative to the grant's address on the content origin, and to the course's place on the device. */
  path: string;
  bytes: number;
}

export async function listCourseDownload(
  scope: VisibilityScope,
  learnerId: string,
  courseId: string,
  device: { id: string; platformOrigin: string },
) {
  if (!scope.signedIn || !UUID.test(courseId) || !DEVICE_ID.test(device.id)) throw new NotFound();
  const found = await forTenant(scope.ctx, async (tx) => {
    const course = await tx.course.findFirst({
      where: { id: courseId, ...visibilityWhere(scope) },
      select: { id: true, code: true },
    });
    const enrolment = course
      ? await tx.enrolment.findFirst({ where: { userId: learnerId, courseId }, select: { id: true } })
      : null;
    const learner = enrolment
      ? await tx.user.findFirst({ where: { id: learnerId, status: "ACTIVE" }, select: { id: true } })
      : null;
    if (!course || !enrolment || !learner) throw new NotFound();
    const packages = await tx.scormPackage.findMany({
      where: { courseId, replacedAt: null },
      select: { id: true, storageKey: true },
    });
    const media = await tx.moduleContent.findMany({
      where: { courseId, storageKey: { not: null } },
      select: { moduleId: true, storageKey: true, bytes: true, captions: true },
    });
    return { course, enrolment, packages, media, outline: await readOutline(tx, courseId) };
  });
  // The content store is read after the transaction: no connection waits on files.
  const files: DownloadFile[] = [{ path: OUTLINE, bytes: outlineBytes(found.outline) }];
  for (const pkg of found.packages)
    for (const file of await listStoredKey(pkg.storageKey))
      files.push({ path: packagePath(pkg.id, file.path), bytes: file.bytes });
  for (const content of found.media) {
    const key = content.storageKey!;
    files.push({ path: mediaPath(content.moduleId, FILE), bytes: content.bytes ?? (await storedSize(key, FILE)) ?? 0 });
    for (const locale of content.captions) {
      const file = captionsFile(locale);
      files.push({ path: mediaPath(content.moduleId, file), bytes: (await storedSize(key, file)) ?? 0 });
    }
  }
  const grant = issueDeviceGrant({
    userId: learnerId,
    enrolmentId: found.enrolment.id,
    courseId,
    deviceId: device.id,
    tenantId: scope.ctx.tenantId,
    audience: scope.ctx.audience,
    origin: device.platformOrigin,
  });
  return {
    courseId,
    code: found.course.code,
    grant,
    files,
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    /** The titles of the modules that need a connection whatever is downloaded: timed quizzes. */
    onlineOnly: found.outline.modules.flatMap((m) => ("onlineOnly" in m ? [m.title as Record<string, string>] : [])),
  };
}
