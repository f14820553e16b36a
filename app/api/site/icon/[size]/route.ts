import { readRoute } from "@/lib/http/route-handler";
import { statusResponse } from "@/lib/http/status-response";
import { isLogoIconSize, logoIcon } from "@/lib/pwa/logo-icon";

// The current site's app icon drawn from its logo (public branding, like the logo). The manifest's address carries
// the logo's version, so browsers may keep it for a long time.
export const GET = readRoute<{ size: string }>({ signedIn: false }, async ({ site, params }) => {
  if (!isLogoIconSize(params.size) || !site.tenant.logoVersion) return statusResponse(404);
  const icon = await logoIcon(site.tenant.id, Number(params.size) as 192 | 512);
  if (!icon) return statusResponse(404);
  return new Response(Buffer.from(icon), {
    headers: {
      "Content-Type": "image/png",
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'",
    },
  });
});
