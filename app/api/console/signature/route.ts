import { currentViewer } from "@/lib/auth/viewer";
import { readSignature } from "@/lib/console/platform-settings";
import { currentSite } from "@/lib/tenancy/site";

// The Secretary General's signature, for the WCO console's preview only.
export async function GET() {
  const [site, viewer] = await Promise.all([currentSite(), currentViewer()]);
  const signature = site?.kind === "root" && viewer?.roles.includes("WCO_ADMIN") ? await readSignature() : null;
  if (!signature) return new Response("Not found", { status: 404 });
  return new Response(Buffer.from(signature.data), {
    headers: { "Content-Type": signature.contentType, "Cache-Control": "private, no-cache", "X-Content-Type-Options": "nosniff", "Content-Security-Policy": "default-src 'none'" },
  });
}
