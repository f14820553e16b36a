// The client's IP address, for rate limits. The production server (scripts/serve.mjs) puts the socket's address
// in SOCKET_ADDRESS_HEADER, overwriting any value a client sent. With no trusted proxy (TRUSTED_PROXY_HOPS=0)
// that is the client, and X-Forwarded-For is the client's own word, ignored. With N trusted proxies, each
// appending the address it saw, the client is the N-th entry from the right of X-Forwarded-For.
export const SOCKET_ADDRESS_HEADER = "x-clikc-socket-address";

export function clientAddress(requestHeaders: Headers): string {
  const hops = Math.max(0, Math.floor(Number(process.env.TRUSTED_PROXY_HOPS ?? 0)) || 0);
  const socket = requestHeaders.get(SOCKET_ADDRESS_HEADER)?.trim() || "unknown";
  if (hops === 0) return socket;
  const chain = (requestHeaders.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  // Fewer entries than trusted proxies: the header did not come through them; the nearest hop is all we know.
  return chain.length >= hops ? chain[chain.length - hops] : socket;
}
