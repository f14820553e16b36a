// The client's IP address as seen by the nearest proxy we trust. Next's server appends the socket address to
// X-Forwarded-For; each trusted reverse proxy in front of it appends one more, so we count from the right.
export function clientAddress(requestHeaders: Headers): string {
  const hops = Number(process.env.TRUSTED_PROXY_HOPS ?? 0);
  const chain = (requestHeaders.get("x-forwarded-for") ?? "").split(",").map((part) => part.trim()).filter(Boolean);
  return chain[Math.max(0, chain.length - 1 - hops)] ?? "unknown";
}
