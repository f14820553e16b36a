import { forTenant, type TenantContext } from "@/lib/db";
import { NotFound } from "@/lib/errors";

export async function getProfile(ctx: TenantContext, userId: string) {
  const user = await forTenant(ctx, (tx) =>
    tx.user.findUnique({
      where: { id: userId },
      select: {
        username: true,
        email: true,
        firstName: true,
        lastName: true,
        position: true,
        locale: true,
        photo: { select: { updatedAt: true } },
      },
    }),
  );
  if (!user) throw new NotFound();
  const { photo, ...profile } = user;
  return { ...profile, hasPhoto: photo !== null, photoVersion: photo?.updatedAt.getTime() ?? 0 };
}
