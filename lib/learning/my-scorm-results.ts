// The record of learning's SCORM results: for each of the learner's courses with SCORM modules, each module's
// SCOs with their status, score and time, as the course page counts them (scorm-results.ts: this certification
// cycle's latest attempt). One query per distinct cycle start, not per course.
import type { TenantTx } from "@/lib/db";
import { localized } from "@/lib/i18n/localized";
import { scormResults, type ScoResult } from "@/lib/records/scorm-results";

export interface ModuleScormResults {
  moduleId: string;
  title: string;
  scos: ScoResult[];
}

export interface CourseScormResults {
  courseId: string;
  title: string;
  modules: ModuleScormResults[];
}

/**
 * The learner's own SCORM results in `courses` (in their order, with each enrolment's current cycle as the list
 * of my courses reads it), leaving out courses without any.
 */
export async function readMyScormResults(
  tx: TenantTx,
  learnerId: string,
  courses: Array<{ courseId: string; title: string; cycleStartedAt: Date | null }>,
  locale: string,
): Promise<CourseScormResults[]> {
  if (courses.length === 0) return [];
  const modules = await tx.courseModule.findMany({
    where: { courseId: { in: courses.map((c) => c.courseId) }, kind: "SCORM" },
    orderBy: { position: "asc" },
    select: { id: true, courseId: true, title: true },
  });
  const cycleOf = new Map(courses.map((c) => [c.courseId, c.cycleStartedAt]));
  const byCycle = new Map<string, { start: Date | null; moduleIds: string[] }>();
  for (const m of modules) {
    const start = cycleOf.get(m.courseId) ?? null;
    const key = start?.toISOString() ?? "";
    const group = byCycle.get(key) ?? { start, moduleIds: [] };
    group.moduleIds.push(m.id);
    byCycle.set(key, group);
  }
  const results = new Map<string, ScoResult[]>();
  // One after another: a transaction's queries share one connection.
  for (const group of byCycle.values()) {
    for (const [moduleId, scos] of await scormResults(tx, learnerId, group.moduleIds, group.start))
      results.set(moduleId, scos);
  }
  return courses
    .map((course) => ({
      courseId: course.courseId,
      title: course.title,
      modules: modules
        .filter((m) => m.courseId === course.courseId && results.has(m.id))
        .map((m) => ({
          moduleId: m.id,
          title: localized(m.title as Record<string, string>, locale),
          scos: results.get(m.id)!,
        })),
    }))
    .filter((course) => course.modules.length > 0);
}

/** The message key of a SCO's status: success first (passed, failed), then completion. */
export function scoStatusKey(result: Pick<ScoResult, "completionStatus" | "successStatus">): string {
  if (result.successStatus === "passed" || result.successStatus === "failed") return result.successStatus;
  switch (result.completionStatus) {
    case "passed":
    case "failed":
    case "completed":
    case "incomplete":
    case "browsed":
      return result.completionStatus;
    case "not attempted":
      return "notAttempted";
    default:
      return "started";
  }
}
