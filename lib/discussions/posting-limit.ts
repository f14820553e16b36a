// The rate limit on writing threads and replies, shared by every server process (lib/auth/rate-limit.ts).
import { consumeRateLimit } from "@/lib/auth/rate-limit";
import { Invalid } from "@/lib/errors";
import { POSTING_LIMIT } from "./schemas";

/** Invalid (the body field's `rateLimited`) when the account has posted too much in the window. */
export async function checkPostingLimit(userId: string): Promise<void> {
  const { allowed } = await consumeRateLimit(`discussion-post:${userId}`, POSTING_LIMIT);
  if (!allowed) throw new Invalid({ body: "rateLimited" });
}
