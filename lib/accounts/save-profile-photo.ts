// Profile photos: at most 1 MiB, PNG, JPEG or WebP as told by the file's own bytes (never by its name or
// the browser's claim), stored in the database with the account.
import { forTenant, type TenantContext } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { detectImageType } from "@/lib/image-type";
import { MAX_PHOTO_BYTES } from "./schemas";

export async function saveProfilePhoto(ctx: TenantContext, userId: string, bytes: Uint8Array): Promise<void> {
  if (bytes.length === 0) throw new Invalid({ photo: "photoMissing" });
  if (bytes.length > MAX_PHOTO_BYTES) throw new Invalid({ photo: "photoTooLarge" });
  const contentType = detectImageType(bytes);
  if (!contentType) throw new Invalid({ photo: "photoType" });
  const data = Buffer.from(bytes);
  await forTenant(ctx, (tx) =>
    tx.userPhoto.upsert({
      where: { userId },
      create: { userId, tenantId: ctx.tenantId, contentType, data },
      update: { contentType, data },
    }),
  );
}
