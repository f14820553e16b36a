// Setting an administration's own signatory's name and title, printed on its own courses' certificates. Audited.
import type { Author } from "@/lib/authoring/author";
import { recordAudit } from "@/lib/console/audit-log";
import { forTenant } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { fieldMessages } from "@/lib/field-messages";
import { signatorySchema } from "./schemas";
import { ownSpace } from "./signatory-space";

export async function setSignatory(author: Author, input: unknown): Promise<void> {
  const tenantId = ownSpace(author);
  const parsed = signatorySchema.safeParse(input);
  if (!parsed.success) throw new Invalid(fieldMessages(parsed.error));
  await forTenant(author.ctx, async (tx) => {
    const before = await tx.tenant.findUniqueOrThrow({
      where: { id: tenantId },
      select: { signatoryName: true, signatoryTitle: true },
    });
    await tx.tenant.update({ where: { id: tenantId }, data: parsed.data });
    await recordAudit(tx, author.actor, {
      tenantId,
      action: "certificate.signatory",
      targetType: "Tenant",
      targetId: tenantId,
      before,
      after: parsed.data,
    });
  });
}
