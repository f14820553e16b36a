// Addresses put in e-mails. Built from configuration (ROOT_DOMAIN, PUBLIC_URL_SCHEME), never from the
// request's Host header, so a forged header cannot send a reset link to another site.
import { publicProtocol, siteOrigin } from "@/lib/tenancy/host";

export interface HomeSite {
  kind: "WCO" | "ADMINISTRATION" | "ACADEMY";
  slug: string;
  spaceEnabled: boolean;
}

/** What homeSiteUrl reads of a tenant. */
export const homeSiteSelect = { kind: true, slug: true, spaceEnabled: true } as const;

/** What an e-mail to an account reads of it: its address, language, greeting and home site. */
export const mailedAccountSelect = {
  id: true,
  tenantId: true,
  email: true,
  username: true,
  firstName: true,
  locale: true,
  tenant: { select: homeSiteSelect },
} as const;

/** The site where an account of this tenant signs in. */
export function homeSiteUrl(tenant: HomeSite, path: string): string {
  const address =
    tenant.kind === "ACADEMY"
      ? { kind: "academy" as const }
      : tenant.kind === "ADMINISTRATION" && tenant.spaceEnabled
        ? { kind: "tenant" as const, slug: tenant.slug }
        : { kind: "root" as const };
  return `${siteOrigin(address, publicProtocol())}${path}`;
}
