// Addresses of a module's files on the content origin, for one learner (or a guest, learnerId null): /media/<token>/<file>.
import { siteOrigin, publicProtocol, rootDomain } from "@/lib/tenancy/host";
import type { TenantContext } from "@/lib/db";
import { issueMediaToken } from "./media-token";

export function mediaAddress(
  ctx: TenantContext,
  learnerId: string | null,
  target: { moduleId: string; key: string; platformOrigin: string },
  file: string,
): string {
  const token = issueMediaToken({
    key: target.key,
    moduleId: target.moduleId,
    userId: learnerId ?? "",
    ...(learnerId === null ? { guest: true } : {}),
    tenantId: ctx.tenantId,
    audience: ctx.audience,
    origin: target.platformOrigin,
  });
  return `${siteOrigin({ kind: "content" }, publicProtocol(), rootDomain())}/media/${token}/${file}`;
}
