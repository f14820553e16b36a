import { readProfilePhoto } from "@/lib/accounts/read-profile-photo";
import { readRoute } from "@/lib/http/route-handler";
import { statusResponse } from "@/lib/http/status-response";
import { UUID } from "@/lib/ids";

// A user's photo, for signed-in viewers of the same tenant; everyone else gets 404.
export const GET = readRoute<{ id: string }>({}, async ({ ctx, viewer, params }) => {
  const photo = UUID.test(params.id)
    ? await readProfilePhoto({ ...ctx, tenantId: viewer.homeTenantId }, params.id)
    : null;
  if (!photo) return statusResponse(404);
  return new Response(Buffer.from(photo.data), {
    headers: {
      "Content-Type": photo.contentType,
      "Cache-Control": "private, max-age=86400",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
