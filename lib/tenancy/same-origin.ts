/**
 * CSRF check for form posts to route handlers (server actions have their own): the browser's Origin header
 * must name the host the request was sent to. Browsers always send Origin on cross-site POSTs.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  const host = request.headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
