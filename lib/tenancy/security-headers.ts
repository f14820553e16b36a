// The security headers of every HTML page (set by the proxy). Scripts run only with this response's nonce, and
// what they load ('strict-dynamic'): Next.js reads the policy from the request and puts the nonce on its own
// scripts. Styles may be inline (tenant branding sets its colours in a style attribute).

/** A fresh, unpredictable nonce for one response. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** The policy of a page: its own origin, plus the content origin its SCORM player frames. */
export function contentSecurityPolicy(
  nonce: string,
  options: { frameOrigins?: string[]; mediaOrigins?: string[]; frameAncestors?: string; development?: boolean } = {},
): string {
  return [
    "default-src 'self'",
    `script-src 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    "connect-src 'self'",
    // The site's service worker (ADR 0044): 'strict-dynamic' alone would refuse it, as it carries no nonce.
    "worker-src 'self'",
    `media-src 'self' ${(options.mediaOrigins ?? []).join(" ")}`.trim(),
    `frame-src 'self' ${(options.frameOrigins ?? []).join(" ")}`.trim(),
    "object-src 'none'",
    "base-uri 'none'",
    `frame-ancestors ${options.frameAncestors ?? "'self'"}`,
  ].join("; ");
}

export const PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/** Served over HTTPS: by this server itself, or (behind trusted proxies) as the nearest proxy says. */
export function servedOverHttps(protocol: string, forwardedProto: string | null): boolean {
  if (protocol === "https:") return true;
  const hops = Number(process.env.TRUSTED_PROXY_HOPS ?? 0);
  return hops > 0 && (forwardedProto ?? "").split(",").pop()?.trim() === "https";
}
