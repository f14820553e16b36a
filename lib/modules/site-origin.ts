// The public origin of the site a learner is on: the content origin lets only that origin embed a module's files.
import { publicProtocol, rootDomain, siteOrigin } from "@/lib/tenancy/host";
import type { Site } from "@/lib/tenancy/site";

export const platformOriginOf = (site: Site) =>
  siteOrigin(
    site.kind === "tenant" ? { kind: "tenant", slug: site.tenant.slug } : { kind: site.kind },
    publicProtocol(),
    rootDomain(),
  );
