// A document of the content origin that a platform page frames (the SCO's player, the course page's sync frame): its
// settings as JSON, its own scripts by this response's nonce, and only the platform origin that asked may frame it.
import { newNonce, PERMISSIONS_POLICY } from "@/lib/tenancy/security-headers";

const json = (value: unknown) => JSON.stringify(value).replaceAll("<", "\\u003c");

export function frameDocument(
  origin: string,
  page: {
    /** What goes in <head> after the charset (viewport, title, styles). */
    head: string;
    /** What comes before the settings and scripts in <body>. */
    body?: string;
    settings: { id: string; value: unknown };
    scripts: string[];
    /** The policy's directives but the scripts' and the frame ancestors'. */
    policy: string;
  },
): Response {
  const nonce = newNonce();
  const scripts = page.scripts.map((src) => `<script nonce="${nonce}" src="${src}"></script>`).join("\n");
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">${page.head}</head><body>
${page.body ?? ""}<script type="application/json" id="${page.settings.id}">${json(page.settings.value)}</script>
${scripts}
</body></html>`;
  return new Response(html, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": `${page.policy}; script-src 'nonce-${nonce}'; base-uri 'none'; frame-ancestors ${origin}`,
      "Permissions-Policy": PERMISSIONS_POLICY,
      "Referrer-Policy": "no-referrer",
    },
  });
}
