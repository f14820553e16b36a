// Company managers: Academy accounts with the COMPANY_MANAGER role; anyone else finds no seat pool.
import { holds } from "@/lib/permissions";
import type { Viewer } from "@/lib/auth/load-viewer";
import { NotFound } from "@/lib/errors";

export function requireCompanyManager(viewer: Viewer | null): Viewer {
  if (!viewer || !holds("store.manageCompany", viewer)) throw new NotFound();
  return viewer;
}
