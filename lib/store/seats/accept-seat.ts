// An employee accepts a seat from the invitation link: signed in with the invited address, or by creating
// an Academy account for it (the link proves the address). The seat then gives access to its product.
import type { Viewer } from "@/lib/auth/load-viewer";
import { hashPassword } from "@/lib/auth/password";
import { localized } from "@/lib/i18n/localized";
import { asPlatform, type PlatformTx } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { academyTenantId } from "../catalogue";
import {
  createAcademyAccount,
  parseAcademyAccount,
  type AcademyAccountInput,
} from "@/lib/accounts/create-academy-account";
import { activeSeat, lockSeatPool } from "../seat-pool";
import { SEAT_TOKEN, hashSeatToken } from "./seat-token";

export interface SeatInvitation {
  email: string;
  productTitle: string;
  manager: string;
  /** Whether an Academy account has the invited address (then the employee signs in to accept). */
  accountExists: boolean;
}

async function openSeat(tx: PlatformTx, token: string) {
  if (!SEAT_TOKEN.test(token)) return null;
  return tx.storeSeat.findFirst({
    where: { tokenHash: hashSeatToken(token), acceptedAt: null, ...activeSeat },
    select: {
      id: true,
      tenantId: true,
      email: true,
      poolId: true,
      pool: {
        select: {
          productId: true,
          expiresAt: true,
          product: { select: { title: true } },
          manager: { select: { firstName: true, lastName: true } },
        },
      },
    },
  });
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

/** Who accepted the seat a token names (the page thanks them after accepting), or null. */
export async function seatHolder(token: string): Promise<string | null> {
  if (!SEAT_TOKEN.test(token)) return null;
  const seat = await asPlatform("store: read an accepted seat invitation", (tx) =>
    tx.storeSeat.findFirst({
      where: { tokenHash: hashSeatToken(token), acceptedAt: { not: null }, ...activeSeat },
      select: { userId: true },
    }),
  );
  return seat?.userId ?? null;
}

/**
 * Accepts the seat for the signed-in viewer (who must have the invited address) or for a new account
 * created with `newAccount`; returns the account that holds the seat.
 */
export async function acceptSeat(
  token: string,
  viewer: Viewer | null,
  newAccount?: AcademyAccountInput,
): Promise<{ userId: string; email: string }> {
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
    return { userId: holder.id, email: holder.email };
  });
}
