// Company managers: Academy accounts with the COMPANY_MANAGER role; anyone else finds no seat pool.
import type { Viewer } from "@/lib/auth/load-viewer";
import { NotFound } from "@/lib/errors";

export function requireCompanyManager(viewer: Viewer | null): Viewer {
  if (!viewer || viewer.homeTenantKind !== "ACADEMY" || !viewer.roles.includes("COMPANY_MANAGER")) throw new NotFound();
  return viewer;
}
