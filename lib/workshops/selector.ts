// Who selects the final participants of a session: the authors of its course (ADR 8), that is WCO admins on the
// root site for the core (WCO) workshops, across every administration's applications, and an administration's
// tenant admins on its space for its own workshops, whose applicants are its own officers. Everyone else, and
// anyone on another site: NotFound.
import type { Viewer } from "@/lib/auth/load-viewer";
import { authorOn } from "@/lib/authoring/author";
import type { Actor } from "@/lib/console/audit-log";
import { asPlatform, forTenant, type PlatformTx } from "@/lib/db";
import type { Site } from "@/lib/tenancy/site";

export interface Selector {
  actor: Actor;
  scope: { kind: "platform" } | { kind: "tenant"; tenantId: string };
}

export function selectorOn(site: Site, viewer: Viewer | null): Selector {
  const author = authorOn(site, viewer);
  return {
    actor: author.actor,
    scope: author.core ? { kind: "platform" } : { kind: "tenant", tenantId: author.ctx.tenantId },
  };
}

/** The selector's transaction: across tenants (named, for the log) for WCO admins; their administration's otherwise. */
export function inSelection<T>(selector: Selector, work: (tx: PlatformTx) => Promise<T>): Promise<T> {
  if (selector.scope.kind === "platform") return asPlatform("workshop selection", work);
  return forTenant({ tenantId: selector.scope.tenantId, audience: "CUSTOMS" }, (tx) =>
    work(tx as unknown as PlatformTx),
  );
}

/** The sessions a selector works on, as a Prisma filter. */
export function selectableSessions(selector: Selector) {
  return selector.scope.kind === "platform" ? { isCore: true } : { tenantId: selector.scope.tenantId, isCore: false };
}
