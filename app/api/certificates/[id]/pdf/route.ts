import { certificatePdf } from "@/lib/certificates/certificate-pdf";
import { currentViewer, tenantContext } from "@/lib/auth/viewer";
import { NotFound } from "@/lib/errors";
import { currentSite } from "@/lib/tenancy/site";

// "Get my certificate": the holder's own certificate as a PDF; anyone else gets 404.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const [site, viewer, { id }] = await Promise.all([currentSite(), currentViewer(), params]);
  if (!site || !viewer) return new Response("Not found", { status: 404 });
  try {
    const { pdf, fileName } = await certificatePdf(tenantContext(site, viewer), viewer.id, id);
    return new Response(Buffer.from(pdf), {
      headers: { "Content-Type": "application/pdf", "Content-Disposition": `attachment; filename="${fileName}"`, "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" },
    });
  } catch (error) {
    if (error instanceof NotFound) return new Response("Not found", { status: 404 });
    throw error;
  }
}
