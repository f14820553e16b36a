// An Academy customer's sign-up, once its confirmation link is followed: the account opens at once (no approval).
import type { PlatformTx } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { createAcademyAccount } from "./create-academy-account";

interface ConfirmedSignUp {
  id: string;
  tenantId: string;
  email: string;
  passwordHash: string;
  firstName: string;
  lastName: string;
  locale: string;
}

/** Opens the account of a confirmed sign-up; false when the address found an account meanwhile. */
export async function openAcademyAccount(tx: PlatformTx, request: ConfirmedSignUp): Promise<boolean> {
  try {
    const user = await createAcademyAccount(tx, request.tenantId, { ...request, locale: request.locale as "en" });
    await tx.registrationRequest.update({
      where: { id: request.id },
      data: { status: "ACCEPTED", emailConfirmedAt: new Date(), decidedAt: new Date(), createdUserId: user.id },
    });
    return true;
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    await tx.registrationRequest.update({
      where: { id: request.id },
      data: { status: "REJECTED", emailConfirmedAt: new Date(), decidedAt: new Date() },
    });
    return false;
  }
}
