import { currentViewer } from "@/lib/auth/viewer";
import { readAdministrationLogo } from "@/lib/console/tenant-space";
import { currentSite } from "@/lib/tenancy/site";

// An administration's logo for the WCO console's preview, whether its space is enabled or not.
export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  const [site, viewer, { code }] = await Promise.all([currentSite(), currentViewer(), params]);
  const logo = site?.kind === "root" && viewer ? await readAdministrationLogo(viewer, code) : null;
  if (!logo) return new Response("Not found", { status: 404 });
  return new Response(Buffer.from(logo.data), {
    headers: { "Content-Type": logo.contentType, "Cache-Control": "private, no-cache", "X-Content-Type-Options": "nosniff", "Content-Security-Policy": "default-src 'none'" },
  });
}
