import { forTenant, type TenantContext } from "@/lib/db";

/** A user's photo as the viewer's tenant may see it (another tenant's user: null). */
export async function readProfilePhoto(
  ctx: TenantContext,
  userId: string,
): Promise<{ contentType: string; data: Uint8Array } | null> {
  return forTenant(ctx, (tx) =>
    tx.userPhoto.findUnique({ where: { userId }, select: { contentType: true, data: true } }),
  );
}
