// The unsubscribe page's read (GET never changes anything: a link scanner opening the address turns nothing off):
// the kind the token names and whether its e-mails are still on. A token that fails its check, or whose account
// is gone, is not found.
import { forTenant } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import type { EmailKind } from "./email-kinds";
import { readUnsubscribeToken } from "./unsubscribe-token";

export async function viewUnsubscribe(token: string): Promise<{ kind: EmailKind; on: boolean }> {
  const claims = readUnsubscribeToken(token);
  if (!claims) throw new NotFound();
  const user = await forTenant({ tenantId: claims.tenantId, audience: "PUBLIC" }, (tx) =>
    tx.user.findUnique({ where: { email: claims.address }, select: { emailOptOuts: true } }),
  );
  if (!user) throw new NotFound();
  return { kind: claims.kind, on: !user.emailOptOuts.includes(claims.kind) };
}
