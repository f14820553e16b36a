import { readAdministrationLogo } from "@/lib/console/read-administration-logo";
import { readRoute } from "@/lib/http/route-handler";
import { statusResponse } from "@/lib/http/status-response";

// An administration's logo for the WCO console's preview, whether its space is enabled or not.
export const GET = readRoute<{ code: string }>({ can: "console.administer" }, async ({ viewer, params }) => {
  const logo = await readAdministrationLogo(viewer, params.code);
  if (!logo) return statusResponse(404);
  return new Response(Buffer.from(logo.data), {
    headers: {
      "Content-Type": logo.contentType,
      "Cache-Control": "private, no-cache",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'",
    },
  });
});
