import { registry } from "@/lib/db";

/** The Member administrations, by name, for "Choose organization". */
export function listAdministrations(): Promise<Array<{ countryCode: string; name: string }>> {
  return registry
    .tenant()
    .findMany({
      where: { kind: "ADMINISTRATION" },
      orderBy: { name: "asc" },
      select: { countryCode: true, name: true },
    })
    .then((rows) => rows.map((r) => ({ countryCode: r.countryCode ?? "", name: r.name })));
}
