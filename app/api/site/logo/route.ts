import { readTenantLogo } from "@/lib/console/read-tenant-logo";
import { readRoute } from "@/lib/http/route-handler";
import { statusResponse } from "@/lib/http/status-response";

// The current site's logo: public branding, shown before sign-in. The URL carries the logo's version, so
// browsers may keep it for a long time.
export const GET = readRoute({ signedIn: false }, async ({ site }) => {
  const logo = site.tenant.logoVersion ? await readTenantLogo(site.tenant.id) : null;
  if (!logo) return statusResponse(404);
  return new Response(Buffer.from(logo.data), {
    headers: {
      "Content-Type": logo.contentType,
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'",
    },
  });
});
