import { asPlatform } from "@/lib/db";
import { activeSeat } from "../seat-pool";
import { seatLanding } from "./seat-landing";
import { SEAT_TOKEN, hashSeatToken } from "./seat-token";

/** Who accepted the seat a token names and where their learning starts (the page thanks them), or null. */
export async function seatHolder(token: string): Promise<{ userId: string; landing: string } | null> {
  if (!SEAT_TOKEN.test(token)) return null;
  return asPlatform("store: read an accepted seat invitation", async (tx) => {
    const seat = await tx.storeSeat.findFirst({
      where: { tokenHash: hashSeatToken(token), acceptedAt: { not: null }, ...activeSeat },
      select: { userId: true, pool: { select: { productId: true } } },
    });
    return seat?.userId ? { userId: seat.userId, landing: await seatLanding(tx, seat.pool.productId) } : null;
  });
}
