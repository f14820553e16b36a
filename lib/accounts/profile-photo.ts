// Profile photos: at most 1 MiB, PNG, JPEG or WebP as told by the file's own bytes (never by its name or
// the browser's claim), stored in the database with the account.
import { forTenant, type TenantContext } from "@/lib/db";
import { Invalid } from "@/lib/errors";

export const MAX_PHOTO_BYTES = 1024 * 1024;

export function detectImageType(bytes: Uint8Array): "image/png" | "image/jpeg" | "image/webp" | null {
  const starts = (...signature: number[]) => signature.every((b, i) => bytes[i] === b);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "image/png";
  if (starts(0xff, 0xd8, 0xff)) return "image/jpeg";
  if (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50) return "image/webp";
  return null;
}

export async function saveProfilePhoto(ctx: TenantContext, userId: string, bytes: Uint8Array): Promise<void> {
  if (bytes.length === 0) throw new Invalid({ photo: "photoMissing" });
  if (bytes.length > MAX_PHOTO_BYTES) throw new Invalid({ photo: "photoTooLarge" });
  const contentType = detectImageType(bytes);
  if (!contentType) throw new Invalid({ photo: "photoType" });
  const data = Buffer.from(bytes);
  await forTenant(ctx, (tx) =>
    tx.userPhoto.upsert({ where: { userId }, create: { userId, tenantId: ctx.tenantId, contentType, data }, update: { contentType, data } }),
  );
}

/** A user's photo as the viewer's tenant may see it (another tenant's user: null). */
export async function readProfilePhoto(ctx: TenantContext, userId: string): Promise<{ contentType: string; data: Uint8Array } | null> {
  return forTenant(ctx, (tx) => tx.userPhoto.findUnique({ where: { userId }, select: { contentType: true, data: true } }));
}
