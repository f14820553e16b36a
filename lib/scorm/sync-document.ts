// The course page's sync frame on the content origin (lib/scorm/sync-frame.js, ADR 0049): no token and no cookie, it
// only sends what the device kept, each record under its own launch token. Only the platform origin that asks may
// frame it and hear its reports (lib/scorm/frame-document.ts).
import { parseHost, publicProtocol, rootDomain, siteOrigin } from "@/lib/tenancy/host";
import { frameDocument } from "./frame-document";

/** `origin` when it is one of the platform's sites (the root site, a space, the Academy) at its own address. */
export function platformOrigin(origin: string | null): string | null {
  if (!origin) return null;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return null;
  }
  const address = parseHost(url.host);
  if (address.kind !== "root" && address.kind !== "tenant" && address.kind !== "academy") return null;
  const canonical = siteOrigin(address, publicProtocol(), rootDomain());
  return canonical === origin ? canonical : null;
}

export function syncDocument(origin: string): Response {
  return frameDocument(origin, {
    head: "<title>SCORM</title>",
    settings: { id: "scorm-sync", value: { parentOrigin: origin } },
    scripts: ["/assets/scorm-device-queue.js", "/assets/scorm-sync.js"],
    policy: "default-src 'none'; connect-src 'self'; form-action 'none'",
  });
}
