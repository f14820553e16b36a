// Addresses of a module's files on the content origin, for one learner: /media/<token>/<file>.
import { siteOrigin, publicProtocol, rootDomain } from "@/lib/tenancy/host";
import type { TenantContext } from "@/lib/db";
import { issueMediaToken } from "./media-token";

export function mediaAddress(
  ctx: TenantContext,
  learnerId: string,
  target: { moduleId: string; key: string; platformOrigin: string },
  file: string,
): string {
  const token = issueMediaToken({
    key: target.key,
    moduleId: target.moduleId,
    userId: learnerId,
    tenantId: ctx.tenantId,
    audience: ctx.audience,
    origin: target.platformOrigin,
  });
  return `${siteOrigin({ kind: "content" }, publicProtocol(), rootDomain())}/media/${token}/${file}`;
}
