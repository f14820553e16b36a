import { randomUUID } from "node:crypto";
import { contentRoute } from "@/lib/http/content-route";
import { LEASE_SECONDS } from "@/lib/scorm/lease-attempt";
import { newNonce, PERMISSIONS_POLICY } from "@/lib/tenancy/security-headers";
import { parseNavValidity } from "@/lib/scorm/nav-validity";
import { startSession } from "@/lib/scorm/start-session";

// The SCO's frame on the content origin: it runs the SCORM runtime (scorm-again, lib/scorm/content-runtime.js)
// for the attempt the token names and loads the SCO inside it. Only the platform origin named in the token may
// frame it; the platform's cookies never reach this origin.
const json = (value: unknown) => JSON.stringify(value).replaceAll("<", "\\u003c");

export const GET = contentRoute({}, async ({ token, claims, request }) => {
  const session = await startSession(claims);
  const nonce = newNonce();
  const launch = {
    version: session.version,
    cmi: session.cmi,
    commitSeq: session.commitSeq,
    commitUrl: `/commit/${token}`,
    leaseUrl: `/lease/${token}`,
    // Renewed well before it runs out, so one lost renewal does not close the launch.
    leaseSeconds: Math.floor(LEASE_SECONDS / 3),
    parentOrigin: claims.origin,
    sessionId: randomUUID(),
    scoUrl: `/files/${token}/${session.href}`,
    navValid: session.version === "2004" ? parseNavValidity(new URL(request.url).searchParams) : null,
  };
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>SCORM</title>
<style>html,body{margin:0;height:100%}iframe{border:0;width:100%;height:100%;display:block}</style>
</head><body>
<iframe id="sco" title="SCO"></iframe>
<script type="application/json" id="scorm-launch">${json(launch)}</script>
<script nonce="${nonce}" src="/assets/${session.version === "1.2" ? "scorm12.js" : "scorm2004.js"}"></script>
<script nonce="${nonce}" src="/assets/scorm-runtime.js"></script>
</body></html>`;
  return new Response(html, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      // Its own scripts only; the SCO in the frame is the package's (same origin: 'self').
      "Content-Security-Policy": `default-src 'self'; script-src 'nonce-${nonce}'; style-src 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-src 'self'; connect-src 'self'; frame-ancestors ${claims.origin}`,
      "Permissions-Policy": PERMISSIONS_POLICY,
      "Referrer-Policy": "no-referrer",
    },
  });
});
