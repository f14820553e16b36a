// Guest access (ADR 0042): a visitor, signed out, on the root site or an administration's space, may open the
// courses whose author opened them to guests. Never on the Academy (its courses are sold), never a course for
// officers only: a guest course is published, for everyone (PUBLIC) and visible on the site, whatever else a
// row says. Nothing of a guest is ever recorded.
import type { VisibilityScope } from "@/lib/auth/visibility-scope";
import { visibilityScope } from "@/lib/auth/visibility-scope";
import type { Viewer } from "@/lib/auth/load-viewer";
import type { TenantContext } from "@/lib/db";
import { visibilityWhere } from "@/lib/catalogue/visibility-where";
import type { Site } from "@/lib/tenancy/site";
import { NotFound } from "@/lib/errors";

/** A visitor's visibility scope on a site that admits guests. */
export type GuestScope = VisibilityScope & { signedIn: false; guest: true };

/** The request's guest scope: null for a signed-in viewer and on the Academy. */
export function guestScope(entry: { site: Site; viewer: Viewer | null; ctx: TenantContext }): GuestScope | null {
  if (entry.viewer || entry.site.kind === "academy" || entry.ctx.audience !== "PUBLIC") return null;
  return { ...visibilityScope(entry), signedIn: false, guest: true };
}

/** A course a guest may open, for a request of the content origin, which knows the course only by its module. */
export const GUEST_COURSE = { status: "PUBLISHED" as const, guestAccess: true, audience: "PUBLIC" as const };

/** Prisma conditions on a course a guest may open on the site: visible there, and open to guests. */
export function guestCourseWhere(scope: GuestScope) {
  return { ...visibilityWhere(scope), ...GUEST_COURSE };
}

/** The scope as a guest's, for a use case that serves guests when no learner is given; NotFound otherwise. */
export function requireGuest(scope: VisibilityScope): GuestScope {
  if (!("guest" in scope) || scope.guest !== true || scope.signedIn) throw new NotFound();
  return scope as GuestScope;
}
