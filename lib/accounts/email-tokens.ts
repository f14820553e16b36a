// Single-use links sent by e-mail. The link carries a random token; the database keeps only its SHA-256,
// so a leaked table cannot be replayed. Consuming is one atomic UPDATE: a second use finds nothing.
import { createHash, randomBytes } from "node:crypto";
import { asPlatform, type PlatformTx } from "@/lib/db";
import type { EmailTokenPurpose } from "@/lib/db";

export const TOKEN_LIFETIME_MS: Record<EmailTokenPurpose, number> = {
  CONFIRM_REGISTRATION: 24 * 60 * 60_000,
  RESET_PASSWORD: 60 * 60_000,
  CHANGE_EMAIL: 24 * 60 * 60_000,
};

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export async function issueEmailToken(
  tx: PlatformTx,
  input: { tenantId: string; purpose: EmailTokenPurpose; subjectId: string; newEmail?: string; now?: Date },
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const now = input.now ?? new Date();
  await tx.emailToken.create({
    data: {
      tenantId: input.tenantId,
      purpose: input.purpose,
      subjectId: input.subjectId,
      newEmail: input.newEmail ?? null,
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[input.purpose]),
    },
  });
  return token;
}

/** What a token acts on, without using it; null when unknown, used, expired or of another purpose. */
export async function peekEmailToken(
  purpose: EmailTokenPurpose,
  token: string,
): Promise<{ tenantId: string; subjectId: string } | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  return asPlatform("e-mail link: check the token", (tx) =>
    tx.emailToken.findFirst({
      where: { tokenHash: hashToken(token), purpose, usedAt: null, expiresAt: { gt: new Date() } },
      select: { tenantId: true, subjectId: true },
    }),
  );
}

/** Marks the token used and returns what it acts on; null when unknown, used, expired or of another purpose. */
export async function consumeEmailToken(
  purpose: EmailTokenPurpose,
  token: string,
): Promise<{ tenantId: string; subjectId: string; newEmail: string | null } | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const rows = await asPlatform(
    "e-mail link: consume the token",
    (tx) =>
      tx.$queryRaw<{ tenantId: string; subjectId: string; newEmail: string | null }[]>`
      UPDATE "EmailToken" SET "usedAt" = now()
      WHERE "tokenHash" = ${hashToken(token)} AND "purpose" = ${purpose}::"EmailTokenPurpose" AND "usedAt" IS NULL AND "expiresAt" > now()
      RETURNING "tenantId"::text AS "tenantId", "subjectId"::text AS "subjectId", "newEmail"`,
  );
  return rows[0] ?? null;
}

/** Ends every unused link of this purpose for this subject (a newer one replaces them, or the change is done). */
export async function withdrawEmailTokens(tx: PlatformTx, purpose: EmailTokenPurpose, subjectId: string) {
  await tx.emailToken.updateMany({ where: { purpose, subjectId, usedAt: null }, data: { usedAt: new Date() } });
}
