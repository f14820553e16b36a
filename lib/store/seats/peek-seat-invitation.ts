// The invitation page: what the employee is invited to, by whom, and whether they sign in or create an account.
import { localized } from "@/lib/i18n/localized";
import { asPlatform } from "@/lib/db";
import { openSeat } from "./open-seat";

export interface SeatInvitation {
  email: string;
  productTitle: string;
  manager: string;
  /** Whether an Academy account has the invited address (then the employee signs in to accept). */
  accountExists: boolean;
}

/** The invitation a token names, or null when unknown, accepted, revoked or released. */
export async function peekSeatInvitation(token: string, locale: string): Promise<SeatInvitation | null> {
  return asPlatform("store: read a seat invitation", async (tx) => {
    const seat = await openSeat(tx, token);
    if (!seat) return null;
    const account = await tx.user.findFirst({ where: { email: seat.email }, select: { id: true } });
    return {
      email: seat.email,
      productTitle: localized(seat.pool.product.title as Record<string, string>, locale),
      manager: `${seat.pool.manager.firstName} ${seat.pool.manager.lastName}`,
      accountExists: Boolean(account),
    };
  });
}
