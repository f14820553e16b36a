// A module's content row, created on first write and updated after. Owner, isCore and audience are copied from the
// course by a trigger whatever is written here, so the audience given on creation is only a placeholder.
import type { Author } from "@/lib/authoring/author";
import type { Prisma, TenantTx } from "@/lib/db";

type ContentFields = Omit<Prisma.ModuleContentUncheckedCreateInput, "moduleId" | "tenantId" | "courseId" | "audience">;

export async function writeModuleContent(
  tx: TenantTx,
  author: Author,
  courseId: string,
  moduleId: string,
  data: ContentFields,
): Promise<void> {
  await tx.moduleContent.upsert({
    where: { moduleId },
    create: { moduleId, tenantId: author.ctx.tenantId, courseId, audience: "CUSTOMS_ONLY", ...data },
    update: data,
  });
}
