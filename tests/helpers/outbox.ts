// Reading what the platform queued for delivery, as a mailbox would.
import type { PrismaClient } from "@/lib/db/generated/client";

export async function lastEmailTo(owner: PrismaClient, address: string) {
  return owner.emailMessage.findFirst({ where: { toAddress: address }, orderBy: { createdAt: "desc" } });
}

export function linkIn(text: string): string {
  const match = text.match(/https?:\/\/\S+/);
  if (!match) throw new Error(`No link in: ${text}`);
  return match[0];
}

export function tokenIn(text: string): string {
  return new URL(linkIn(text)).searchParams.get("token") ?? "";
}
