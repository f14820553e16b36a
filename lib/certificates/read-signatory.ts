// An administration's own signatory (name, title, whether a signature image is set), for its tenant admins.
import type { Author } from "@/lib/authoring/author";
import { forTenant, registry } from "@/lib/db";
import { ownSpace } from "./signatory-space";

export async function readSignatory(author: Author) {
  const tenantId = ownSpace(author);
  const [tenant, signature] = await Promise.all([
    registry
      .tenant()
      .findUniqueOrThrow({ where: { id: tenantId }, select: { signatoryName: true, signatoryTitle: true } }),
    forTenant(author.ctx, (tx) => tx.tenantSignature.findFirst({ where: { tenantId }, select: { updatedAt: true } })),
  ]);
  return {
    signatoryName: tenant.signatoryName ?? "",
    signatoryTitle: tenant.signatoryTitle ?? "",
    hasSignature: signature !== null,
  };
}
