// Assigns a free seat of the manager's pool to an employee's e-mail address, who gets an invitation with a
// link to accept it (and to create an Academy account when they have none). The pool's row is locked, so
// concurrent assignments never give more seats than were bought.
import type { Viewer } from "@/lib/auth/load-viewer";
import { localized } from "@/lib/i18n/localized";
import { forTenant } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import { afterCommit, queueEmail } from "@/lib/notifications/queue-email";
import { publicProtocol, siteOrigin } from "@/lib/tenancy/host";
import { storeContext } from "../store-context";
import { activeSeat, lockSeatPool, usableSeats } from "../seat-pool";
import { emailSchema } from "../schemas";
import { requireCompanyManager } from "./manager";
import { newSeatToken } from "./seat-token";

export async function assignSeat(viewer: Viewer | null, poolId: string, email: string): Promise<{ seatId: string }> {
  const manager = requireCompanyManager(viewer);
  const parsed = emailSchema.safeParse(email);
  if (!parsed.success) throw new Invalid({ email: parsed.error.issues[0]?.message ?? "emailFormat" });
  const address = parsed.data;
  const ctx = await storeContext();
  const steps: Array<() => Promise<void>> = [];
  const seatId = await forTenant(ctx, async (tx) => {
    const pool = await tx.storeSeatPool.findFirst({
      where: { id: poolId, managerId: manager.id },
      select: { id: true },
    });
    if (!pool) throw new NotFound();
    await lockSeatPool(tx, poolId);
    const locked = await tx.storeSeatPool.findUniqueOrThrow({
      where: { id: poolId },
      select: { seatsBought: true, expiresAt: true, product: { select: { title: true } } },
    });
    const assigned = await tx.storeSeat.count({ where: { poolId, ...activeSeat } });
    if (assigned >= usableSeats(locked)) throw new Invalid({ email: "noFreeSeat" });
    if (await tx.storeSeat.count({ where: { poolId, email: address, ...activeSeat } }))
      throw new Invalid({ email: "alreadyAssigned" });
    // An address of a Customs account cannot take a seat: the row is not even visible in this context.
    const existing = await tx.user.findFirst({ where: { email: address }, select: { id: true, locale: true } });
    const { token, tokenHash } = newSeatToken();
    const seat = await tx.storeSeat.create({
      data: { tenantId: ctx.tenantId, poolId, email: address, tokenHash },
      select: { id: true },
    });
    const origin = siteOrigin({ kind: "academy" }, publicProtocol());
    steps.push(
      await queueEmail(tx, {
        tenantId: ctx.tenantId,
        to: address,
        locale: existing?.locale ?? manager.locale,
        template: "storeSeatInvitation",
        values: {
          manager: `${manager.firstName} ${manager.lastName}`,
          product: localized(
            locked.product.title as Record<string, string>,
            existing?.locale ?? manager.locale ?? "en",
          ),
          link: `${origin}/seats/accept?token=${token}`,
        },
      }),
    );
    return seat.id;
  });
  await afterCommit(steps);
  return { seatId };
}
