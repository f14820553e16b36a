// The rate limit on sending messages, shared by every server process (lib/auth/rate-limit.ts).
import { consumeRateLimit } from "@/lib/auth/rate-limit";
import { Invalid } from "@/lib/errors";
import { MESSAGE_LIMIT } from "./schemas";

/** Invalid (the body field's `rateLimited`) when the account has sent too many messages in the window. */
export async function checkSendingLimit(userId: string): Promise<void> {
  const { allowed } = await consumeRateLimit(`message-send:${userId}`, MESSAGE_LIMIT);
  if (!allowed) throw new Invalid({ body: "rateLimited" });
}
