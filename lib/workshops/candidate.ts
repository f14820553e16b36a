// The candidate's own applications are read and changed in their home administration's context.
import type { Viewer } from "@/lib/auth/load-viewer";
import type { TenantContext } from "@/lib/db";
import { NotFound } from "@/lib/errors";

export interface Candidate {
  id: string;
  ctx: TenantContext;
}

/** Officers of an administration; anyone else has no workshop applications (NotFound). */
export function candidateOf(viewer: Pick<Viewer, "id" | "homeTenantId" | "homeTenantKind"> | null): Candidate {
  if (!viewer || viewer.homeTenantKind !== "ADMINISTRATION") throw new NotFound();
  return { id: viewer.id, ctx: { tenantId: viewer.homeTenantId, audience: "CUSTOMS" } };
}
