// One-click unsubscribe (RFC 8058): the signed token's kind is turned off for its account, without a session, as
// the Preferences page would. Posting twice changes nothing more. A token that fails its check is not found.
import { forTenant } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import type { EmailKind } from "./email-kinds";
import { readUnsubscribeToken } from "./unsubscribe-token";

export async function unsubscribe(token: string): Promise<{ kind: EmailKind }> {
  const claims = readUnsubscribeToken(token);
  if (!claims) throw new NotFound();
  await forTenant({ tenantId: claims.tenantId, audience: "PUBLIC" }, async (tx) => {
    const user = await tx.user.findUnique({
      where: { email: claims.address },
      select: { id: true, emailOptOuts: true },
    });
    if (!user) throw new NotFound();
    if (user.emailOptOuts.includes(claims.kind)) return;
    await tx.user.update({ where: { id: user.id }, data: { emailOptOuts: [...user.emailOptOuts, claims.kind] } });
  });
  return { kind: claims.kind };
}
