import { certificatePdf } from "@/lib/certificates/certificate-pdf";
import { readRoute } from "@/lib/http/route-handler";

// "Get my certificate": the holder's own certificate as a PDF; anyone else gets 404.
export const GET = readRoute<{ id: string }>({}, async ({ ctx, viewer, params }) => {
  const { pdf, fileName } = await certificatePdf(ctx, viewer.id, params.id);
  return new Response(Buffer.from(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
