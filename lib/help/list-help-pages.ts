// The author's view of their site's help pages: which languages each kind is written in, with the texts.
import type { Author } from "@/lib/authoring/author";
import { forTenant } from "@/lib/db";

export async function listHelpPages(author: Author) {
  return forTenant(author.ctx, (tx) =>
    tx.helpPage.findMany({
      orderBy: [{ kind: "asc" }, { locale: "asc" }],
      select: { kind: true, locale: true, body: true, updatedAt: true },
    }),
  );
}
