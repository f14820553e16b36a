import { holds } from "@/lib/permissions";
import { asPlatform } from "@/lib/db";
import type { Actor } from "./audit-log";

/** An administration's logo for the WCO console (anyone else: null). */
export async function readAdministrationLogo(
  actor: Actor,
  countryCode: string,
): Promise<{ contentType: string; data: Uint8Array } | null> {
  if (!holds("console.administer", actor)) return null;
  return asPlatform("WCO console: read an administration's logo", (tx) =>
    tx.tenantLogo.findFirst({
      where: { tenant: { kind: "ADMINISTRATION", countryCode: countryCode.toUpperCase() } },
      select: { contentType: true, data: true },
    }),
  );
}
