// An app icon drawn from an administration's logo: the logo, whatever its shape, centred on a white square of the
// size a browser asks for, with a margin so launchers that round the corners do not cut it.
import sharp from "sharp";
import { readTenantLogo } from "@/lib/console/read-tenant-logo";
import { LOGO_ICON_SIZES, type LogoIconSize } from "./site-manifest";

export function isLogoIconSize(value: string): value is `${LogoIconSize}` {
  return (LOGO_ICON_SIZES as readonly number[]).includes(Number(value)) && String(Number(value)) === value;
}

/** The PNG icon of `size` pixels from the tenant's logo, or null when it has none. */
export async function logoIcon(tenantId: string, size: LogoIconSize): Promise<Uint8Array | null> {
  const logo = await readTenantLogo(tenantId);
  if (!logo) return null;
  const inner = Math.round(size * 0.8);
  const drawn = await sharp(Buffer.from(logo.data), { density: 300 })
    .resize(inner, inner, { fit: "contain", background: "#ffffff" })
    .flatten({ background: "#ffffff" })
    .png()
    .toBuffer();
  return sharp({ create: { width: size, height: size, channels: 3, background: "#ffffff" } })
    .composite([{ input: drawn, gravity: "center" }])
    .png({ compressionLevel: 9 })
    .toBuffer();
}
