import type { VisibilityScope } from "@/lib/auth/visibility-scope";

/** Prisma conditions for visibility beyond tenant and audience (which the data layer applies). */
export function visibilityWhere(scope: VisibilityScope) {
  return {
    status: "PUBLISHED" as const,
    ...(scope.signedIn ? {} : { guestAccess: true }),
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
