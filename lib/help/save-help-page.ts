// An author writes their site's FAQ or help page in one language (an empty text removes that language), audited.
import type { Author } from "@/lib/authoring/author";
import { recordAudit } from "@/lib/console/audit-log";
import { forTenant } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { fieldMessages } from "@/lib/field-messages";
import { helpPageSchema } from "./schemas";

export async function saveHelpPage(author: Author, input: unknown): Promise<void> {
  const parsed = helpPageSchema.safeParse(input);
  if (!parsed.success) throw new Invalid(fieldMessages(parsed.error));
  const { kind, locale, body } = parsed.data;
  const tenantId = author.ctx.tenantId;
  await forTenant(author.ctx, async (tx) => {
    const key = { tenantId_kind_locale: { tenantId, kind, locale } };
    const before = await tx.helpPage.findUnique({ where: key, select: { body: true } });
    if (body) await tx.helpPage.upsert({ where: key, create: { tenantId, kind, locale, body }, update: { body } });
    else if (before) await tx.helpPage.delete({ where: key });
    await recordAudit(tx, author.actor, {
      tenantId,
      action: body ? "helpPage.save" : "helpPage.remove",
      targetType: "HelpPage",
      targetId: `${kind}:${locale}`,
      before: before ?? undefined,
      after: body ? { body } : undefined,
    });
  });
}
