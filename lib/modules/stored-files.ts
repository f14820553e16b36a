// A module's stored files in the content store: one key per upload ("video/<uuid>", "resource/<uuid>"),
// holding "file" and, for a video, "captions/<locale>.vtt". A key no module uses any more is removed.
import { removeStored } from "@/lib/content-store";
import { forTenant, type TenantContext } from "@/lib/db";

export const FILE = "file";
export const captionsFile = (locale: string) => `captions/${locale}.vtt`;

/** Removes the key's files when no module's content refers to it (seeded modules share their demo files). */
export async function releaseKey(ctx: TenantContext, key: string | null | undefined): Promise<void> {
  if (!key) return;
  const used = await forTenant(ctx, (tx) =>
    tx.moduleContent.findFirst({ where: { storageKey: key }, select: { moduleId: true } }),
  );
  if (!used) await removeStored(key);
}
