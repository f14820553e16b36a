// The SCO's frame on the content origin: the page that runs the SCORM runtime (scorm-again,
// lib/scorm/content-runtime.js) with its launch settings and loads the SCO inside it, for a learner's launch
// (app/content/player) or a guest's (app/content/guest-player). Only the platform origin of the launch may
// frame it; the platform's cookies never reach this origin.
import { newNonce, PERMISSIONS_POLICY } from "@/lib/tenancy/security-headers";

const json = (value: unknown) => JSON.stringify(value).replaceAll("<", "\\u003c");

export function playerDocument(launch: { version: "1.2" | "2004" } & Record<string, unknown>, origin: string) {
  const nonce = newNonce();
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>SCORM</title>
<style>html,body{margin:0;height:100%}iframe{border:0;width:100%;height:100%;display:block}</style>
</head><body>
<iframe id="sco" title="SCO"></iframe>
<script type="application/json" id="scorm-launch">${json(launch)}</script>
<script nonce="${nonce}" src="/assets/${launch.version === "1.2" ? "scorm12.js" : "scorm2004.js"}"></script>
<script nonce="${nonce}" src="/assets/scorm-runtime.js"></script>
</body></html>`;
  return new Response(html, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      // Its own scripts only; the SCO in the frame is the package's (same origin: 'self').
      "Content-Security-Policy": `default-src 'self'; script-src 'nonce-${nonce}'; style-src 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-src 'self'; connect-src 'self'; frame-ancestors ${origin}`,
      "Permissions-Policy": PERMISSIONS_POLICY,
      "Referrer-Policy": "no-referrer",
    },
  });
}
