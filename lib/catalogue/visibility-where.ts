import type { VisibilityScope } from "@/lib/auth/visibility-scope";

/**
 * Prisma conditions for visibility beyond tenant and audience (which the data layer applies). A visitor sees only
 * courses open to guests, and only those for everyone: the data layer lets a site's own tenant read all its rows,
 * an enforcement course included, so the condition is stated here too (ADR 0042).
 */
export function visibilityWhere(scope: VisibilityScope) {
  return {
    status: "PUBLISHED" as const,
    ...(scope.signedIn ? {} : { guestAccess: true, audience: "PUBLIC" as const }),
    AND: [
      { OR: [{ regions: { isEmpty: true } }, ...(scope.region ? [{ regions: { has: scope.region } }] : [])] },
      {
        OR: [
          { countries: { isEmpty: true } },
          ...(scope.countryCode ? [{ countries: { has: scope.countryCode } }] : []),
        ],
      },
    ],
  };
}
