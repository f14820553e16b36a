// An employee accepts a seat from the invitation link: signed in with the invited address, or by creating
// an Academy account for it (the link proves the address). The seat then gives access to its product.
import type { Viewer } from "@/lib/auth/load-viewer";
import { hashPassword } from "@/lib/auth/password";
import { asPlatform } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { academyTenantId } from "../store-context";
import { createAcademyAccount, parseAcademyAccount } from "@/lib/accounts/create-academy-account";
import { type AcademyAccountInput } from "@/lib/accounts/schemas";
import { activeSeat, lockSeatPool } from "../seat-pool";
import { openSeat } from "./open-seat";
import { seatLanding } from "./seat-landing";

/**
 * Accepts the seat for the signed-in viewer (who must have the invited address) or for a new account
 * created with `newAccount`; returns the account that holds the seat and where its learning starts.
 */
export async function acceptSeat(
  token: string,
  viewer: Viewer | null,
  newAccount?: AcademyAccountInput,
): Promise<{ userId: string; email: string; landing: string }> {
  const parsed = !viewer && newAccount ? parseAcademyAccount(newAccount) : null;
  const account = parsed ? { ...parsed, passwordHash: await hashPassword(parsed.password) } : null;
  const tenantId = await academyTenantId();
  return asPlatform("store: accept a company seat", async (tx) => {
    const seat = await openSeat(tx, token);
    if (!seat) throw new NotFound();
    await lockSeatPool(tx, seat.poolId);
    if (
      !(await tx.storeSeat.findFirst({ where: { id: seat.id, acceptedAt: null, ...activeSeat }, select: { id: true } }))
    )
      throw new NotFound();
    let holder: { id: string; email: string };
    if (viewer) {
      const user = await tx.user.findUniqueOrThrow({
        where: { id: viewer.id },
        select: { id: true, email: true, tenantId: true },
      });
      if (user.tenantId !== tenantId || user.email !== seat.email) throw new Invalid({ form: "invitationForOther" });
      holder = user;
    } else {
      if (!account) throw new Invalid({ form: "required" });
      if (account.email !== seat.email) throw new Invalid({ email: "invitationForOther" });
      holder = await createAcademyAccount(tx, tenantId, account);
    }
    await tx.storeSeat.update({ where: { id: seat.id }, data: { userId: holder.id, acceptedAt: new Date() } });
    await tx.storeAccess.create({
      data: {
        tenantId,
        userId: holder.id,
        productId: seat.pool.productId,
        source: "SEAT",
        seatId: seat.id,
        expiresAt: seat.pool.expiresAt,
      },
    });
    return { userId: holder.id, email: holder.email, landing: await seatLanding(tx, seat.pool.productId) };
  });
}
