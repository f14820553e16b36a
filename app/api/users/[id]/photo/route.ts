import { readProfilePhoto } from "@/lib/accounts/profile-photo";
import { currentViewer, tenantContext } from "@/lib/auth/viewer";
import { currentSite } from "@/lib/tenancy/site";

// A user's photo, for signed-in viewers of the same tenant; everyone else gets 404.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const [{ id }, site, viewer] = await Promise.all([params, currentSite(), currentViewer()]);
  if (!site || !viewer || !/^[0-9a-f-]{36}$/.test(id)) return new Response("Not found", { status: 404 });
  const photo = await readProfilePhoto({ ...tenantContext(site, viewer), tenantId: viewer.homeTenantId }, id);
  if (!photo) return new Response("Not found", { status: 404 });
  return new Response(Buffer.from(photo.data), {
    headers: {
      "Content-Type": photo.contentType,
      "Cache-Control": "private, max-age=86400",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
