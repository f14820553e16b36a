import { asPlatform } from "@/lib/db";
import { activeSeat } from "../seat-pool";
import { SEAT_TOKEN, hashSeatToken } from "./seat-token";

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
