// The Terms and Conditions of use in one language, shown on every site; audited.
import { fieldMessages } from "@/lib/field-messages";
import { asPlatform } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { recordAudit, type Actor } from "./audit-log";
import { termsSchema } from "./schemas";
import { requireWcoAdmin, wcoTenantId } from "./wco-admin";

export async function setTerms(actor: Actor, input: unknown): Promise<void> {
  requireWcoAdmin(actor);
  const parsed = termsSchema.safeParse(input);
  if (!parsed.success) throw new Invalid(fieldMessages(parsed.error));
  const { locale, body } = parsed.data;
  await asPlatform("WCO console: the Terms and Conditions", async (tx) => {
    const before = await tx.termsAndConditions.findUnique({ where: { locale }, select: { body: true } });
    await tx.termsAndConditions.upsert({ where: { locale }, create: { locale, body }, update: { body } });
    await recordAudit(tx, actor, {
      tenantId: await wcoTenantId(tx),
      action: "settings.terms",
      targetType: "TermsAndConditions",
      targetId: locale,
      before,
      after: { body },
    });
  });
}
