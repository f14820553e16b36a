// An administration's own signatory is set by its tenant admins on its own space, never on the root site.
import type { Author } from "@/lib/authoring/author";
import { NotFound } from "@/lib/errors";

/** The author's administration, or NotFound for a core author. */
export function ownSpace(author: Author): string {
  if (author.core) throw new NotFound();
  return author.ctx.tenantId;
}
