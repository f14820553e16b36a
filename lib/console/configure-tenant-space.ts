// Enabling, configuring and disabling an administration's own space. Disabling only hides the subdomain:
// users, courses and records stay, and enabling again brings everything back.
import { holds } from "@/lib/permissions";
import { fieldMessages } from "@/lib/field-messages";
import { asPlatform } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { forgetTenant } from "@/lib/tenancy/tenant-cache";
import { recordAudit, type Actor } from "./audit-log";
import { tenantSpaceSchema, type TenantSpaceInput } from "./schemas";

const SPACE_FIELDS = {
  slug: true,
  spaceEnabled: true,
  displayName: true,
  primaryColor: true,
  accentColor: true,
  defaultLocale: true,
} as const;

export async function configureTenantSpace(actor: Actor, countryCode: string, input: TenantSpaceInput): Promise<void> {
  if (!holds("console.administer", actor)) throw new NotFound();
  const parsed = tenantSpaceSchema.safeParse(input);
  if (!parsed.success) throw new Invalid(fieldMessages(parsed.error));
  const { enabled, ...settings } = parsed.data;
  const slugs = await asPlatform("WCO console: configure an administration's space", async (tx) => {
    const before = await tx.tenant.findFirst({
      where: { kind: "ADMINISTRATION", countryCode: countryCode.toUpperCase() },
      select: { id: true, ...SPACE_FIELDS },
    });
    if (!before) throw new NotFound();
    const taken = await tx.tenant.findFirst({
      where: { slug: settings.slug, id: { not: before.id } },
      select: { id: true },
    });
    if (taken) throw new Invalid({ slug: "slugTaken" });
    const after = await tx.tenant.update({
      where: { id: before.id },
      data: { ...settings, spaceEnabled: enabled },
      select: SPACE_FIELDS,
    });
    const { id, ...beforeValues } = before;
    const action =
      before.spaceEnabled === enabled
        ? "tenant.space.update"
        : enabled
          ? "tenant.space.enable"
          : "tenant.space.disable";
    await recordAudit(tx, actor, {
      tenantId: id,
      action,
      targetType: "Tenant",
      targetId: id,
      before: beforeValues,
      after,
    });
    return [before.slug, after.slug];
  });
  for (const slug of slugs) await forgetTenant(slug);
}
