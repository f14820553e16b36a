// A guest's runtime session on the content origin (ADR 0042), from the guest token alone: the SCO it names, of
// a package of a course still open to guests, started from an empty CMI for an anonymous learner. Its commits
// are answered in the frame and never sent; the package's files are served while the course stays open.
import { forTenant } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { GUEST_COURSE } from "@/lib/guest/guest-scope";
import type { GuestLaunchClaims } from "./guest-token";
import { launchCmi } from "./launch-data";
import type { ScoRuntimeParameters } from "./sco-runtime-parameters";

/** The learner a guest's SCO is told of: no person. */
export const GUEST_LEARNER = { id: "guest", firstName: "Guest", lastName: "Guest" };

const CHECK_CACHE_MS = 30_000;
const checked = new Map<string, number>();

async function guestSco(claims: GuestLaunchClaims) {
  return forTenant({ tenantId: claims.tenantId, audience: claims.audience }, (tx) =>
    tx.scormSco.findFirst({
      where: {
        position: claims.position,
        package: { id: claims.packageId, storageKey: claims.key, module: { course: GUEST_COURSE } },
      },
      select: { href: true, runtime: true, package: { select: { version: true } } },
    }),
  );
}

export async function startGuestSession(claims: GuestLaunchClaims) {
  const sco = await guestSco(claims);
  if (!sco) throw new NotFound();
  const version = sco.package.version as "1.2" | "2004";
  return {
    version,
    href: sco.href,
    cmi: launchCmi(version, {}, sco.runtime as Partial<ScoRuntimeParameters>, {
      learner: GUEST_LEARNER,
      firstLaunch: true,
      exitMode: null,
      totalSeconds: 0,
    }),
  };
}

/** Whether a guest token's holder may read the package's files now: its course is still open to guests. */
export async function mayReadGuestFiles(claims: GuestLaunchClaims, token: string, now = Date.now()) {
  const until = checked.get(token);
  if (until !== undefined && until > now) return true;
  const ok = (await guestSco(claims)) !== null;
  if (checked.size > 10_000) checked.clear();
  if (ok) checked.set(token, now + CHECK_CACHE_MS);
  else checked.delete(token);
  return ok;
}
