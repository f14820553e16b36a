// The seat an invitation token names while it is still open (not accepted, revoked or released).
import type { PlatformTx } from "@/lib/db";
import { activeSeat } from "../seat-pool";
import { SEAT_TOKEN, hashSeatToken } from "./seat-token";

export async function openSeat(tx: PlatformTx, token: string) {
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
