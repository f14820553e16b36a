import { readSignature } from "@/lib/console/read-signature";
import { readRoute } from "@/lib/http/route-handler";
import { statusResponse } from "@/lib/http/status-response";

// The Secretary General's signature, for the WCO console's preview only.
export const GET = readRoute({ can: "console.administer" }, async () => {
  const signature = await readSignature();
  if (!signature) return statusResponse(404);
  return new Response(Buffer.from(signature.data), {
    headers: {
      "Content-Type": signature.contentType,
      "Cache-Control": "private, no-cache",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'",
    },
  });
});
