// What the runtime's commits need to know of an attempt's SCO: its package's version and the SCO's runtime
// parameters (for the status rules), and the package's course and module (for the enrolment check and the
// module's completion). None of it ever changes: an attempt keeps its SCO, and a new upload is a new package
// version with SCOs of its own (ADR 0017). So each process remembers it after the first commit of an attempt,
// and a commit's work is then the one statement that stores it (store-commit.ts, ADR 0020).
import { forTenantFunction, Prisma, type TenantContext } from "@/lib/db";
import type { ScoRuntimeParameters } from "./sco-runtime-parameters";

export interface AttemptSco {
  scoId: string;
  packageId: string;
  courseId: string;
  moduleId: string;
  version: "1.2" | "2004";
  runtime: Partial<ScoRuntimeParameters>;
  attemptCreatedAt: Date;
}

const MAX_REMEMBERED = 20_000;
const remembered = new Map<string, AttemptSco>();

/**
 * The SCO of the learner's attempt, read in the tenant's context (row-level security decides which packages
 * it may see; the statement is the database's scorm_attempt_sco()), or null when the attempt is not the learner's in that tenant. Only what was found is
 * remembered, under the tenant, the learner and the attempt together.
 */
export async function attemptSco(ctx: TenantContext, learnerId: string, attemptId: string): Promise<AttemptSco | null> {
  const key = `${ctx.tenantId}:${ctx.audience}:${learnerId}:${attemptId}`;
  const known = remembered.get(key);
  if (known) return known;
  const [found] = await forTenantFunction<AttemptSco>(ctx, "scorm_attempt_sco", [
    Prisma.sql`${attemptId}::uuid`,
    Prisma.sql`${learnerId}::uuid`,
  ]);
  if (!found) return null;
  if (remembered.size >= MAX_REMEMBERED) remembered.clear();
  remembered.set(key, found);
  return found;
}
