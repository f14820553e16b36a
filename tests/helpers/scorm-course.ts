// A SCORM course for the runtime's integration tests: a core course whose only required module is its SCORM
// module, with a package attached by the WCO's author (and its attempt settings, when given), and ke.learner
// enrolled on Kenya's space.
import { loadViewer } from "@/lib/auth/load-viewer";
import { authorOn } from "@/lib/authoring/author";
import { saveScormSettings } from "@/lib/authoring/save-scorm-settings";
import type { PrismaClient } from "@/lib/db/generated/client";
import { enrolInCourse } from "@/lib/learning/enrol-in-course";
import { attachScormPackage } from "@/lib/scorm/attach-package";
import { scopeOfUser } from "./scopes";
import { siteFor } from "./sites";

/** Where the learner's launches come from (Kenya's space). */
export const LEARNER_ORIGIN = "http://ke.localhost:3000";

export async function rootAuthor(owner: PrismaClient) {
  const admin = await owner.user.findUniqueOrThrow({ where: { username: "wco.admin" } });
  const site = await siteFor("root");
  return authorOn(site, await loadViewer(admin.id, admin.sessionVersion, site));
}

/** The course `code`'s SCORM module with `zip` attached (and `settings` saved), ke.learner enrolled. */
export async function scormCourse(
  owner: PrismaClient,
  zip: Uint8Array,
  code: string,
  settings?: Record<string, unknown>,
) {
  const author = await rootAuthor(owner);
  const target = await owner.courseModule.findFirstOrThrow({ where: { kind: "SCORM", course: { code } } });
  await owner.courseModule.updateMany({
    where: { courseId: target.courseId, id: { not: target.id } },
    data: { required: false },
  });
  await attachScormPackage(author, target.courseId, target.id, zip);
  if (settings) await saveScormSettings(author, target.courseId, target.id, settings);
  const learner = await scopeOfUser(owner, "ke.learner", "ke");
  await enrolInCourse(learner, { id: learner.userId, homeTenantId: learner.homeTenantId }, target.courseId);
  return { moduleId: target.id, courseId: target.courseId, learner, author };
}

export type ScormLearner = Awaited<ReturnType<typeof scormCourse>>["learner"];
