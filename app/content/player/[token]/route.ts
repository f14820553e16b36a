import { verifyLaunchToken } from "@/lib/scorm/launch-token";
import { newNonce, PERMISSIONS_POLICY } from "@/lib/tenancy/security-headers";

// The SCO's wrapper on the content origin: it offers the SCORM API (window.API, window.API_1484_11) to the
// SCO in its frame and relays every call to the platform's player, the only origin named in the token,
// through postMessage (scorm-again's CrossFrameAPI). The platform's cookies never reach this origin.
const json = (value: unknown) => JSON.stringify(value).replaceAll("<", "\\u003c");

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const claims = verifyLaunchToken(token);
  const href = new URL(request.url).searchParams.get("href") ?? "";
  // The SCO's address stays inside this token's files: a relative path, no scheme, no "..".
  if (!claims || !href || /^[a-z][a-z0-9+.-]*:|^\/|\\|(^|\/)\.\.(\/|$)/i.test(href)) return new Response("Not found", { status: 404 });
  const nonce = newNonce();
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>SCORM</title>
<style>html,body{margin:0;height:100%}iframe{border:0;width:100%;height:100%;display:block}</style>
<script nonce="${nonce}" src="/assets/cross-frame-api.js"></script>
</head><body>
<iframe id="sco" title="SCO"></iframe>
<script nonce="${nonce}">
(function () {
  var api = new CrossFrameAPI(${json(claims.origin)}, window.parent);
  window.API = api;
  window.API_1484_11 = api;
  var start = function () { document.getElementById("sco").src = ${json(`/files/${token}/`)} + ${json(href)}; };
  // The runtime data is fetched before the SCO starts, so its first reads (resume) see the stored values.
  Promise.resolve(api._post("getFlattenedCMI", [])).then(function (all) {
    if (all && typeof all === "object") Object.keys(all).forEach(function (key) { api._cache.set(key, String(all[key])); });
  }).catch(function () {}).then(start);
})();
</script>
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
}
