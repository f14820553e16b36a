import { forTenant, type TenantContext } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { pendingEmailChange } from "./email-change";

export async function getProfile(ctx: TenantContext, userId: string) {
  const { user, pendingEmail } = await forTenant(ctx, async (tx) => ({
    user: await tx.user.findUnique({
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
    pendingEmail: await pendingEmailChange(tx, userId),
  }));
  if (!user) throw new NotFound();
  const { photo, ...profile } = user;
  return { ...profile, pendingEmail, hasPhoto: photo !== null, photoVersion: photo?.updatedAt.getTime() ?? 0 };
}
