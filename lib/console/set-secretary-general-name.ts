// The Secretary General's name, printed on every certificate; audited.
import { fieldMessages } from "@/lib/field-messages";
import { asPlatform } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { recordAudit, type Actor } from "./audit-log";
import { secretaryGeneralNameSchema } from "./schemas";
import { requireWcoAdmin, wcoTenantId } from "./wco-admin";

export async function setSecretaryGeneralName(actor: Actor, input: unknown): Promise<void> {
  requireWcoAdmin(actor);
  const parsed = secretaryGeneralNameSchema.safeParse(input);
  if (!parsed.success) throw new Invalid(fieldMessages(parsed.error));
  await asPlatform("WCO console: the Secretary General's name", async (tx) => {
    const before = await tx.platformSettings.findUnique({ where: { id: 1 }, select: { secretaryGeneralName: true } });
    await tx.platformSettings.upsert({ where: { id: 1 }, create: { id: 1, ...parsed.data }, update: parsed.data });
    await recordAudit(tx, actor, {
      tenantId: await wcoTenantId(tx),
      action: "settings.secretaryGeneral.name",
      targetType: "PlatformSettings",
      before,
      after: parsed.data,
    });
  });
}
