import { backTo } from "@/lib/http/back-to";
import { formPost } from "@/lib/http/route-handler";
import { conversationHref } from "@/lib/messages/mailbox";
import { setBlock } from "@/lib/messages/set-block";

// "Block" / "Unblock" on a conversation's page: back to it, saying which.
export const POST = formPost<{ id: string }>({}, async (input) => {
  const blocked = (await input.form()).get("blocked") === "on";
  await setBlock(input, input.params.id, blocked);
  return backTo(conversationHref(input.params.id), { done: blocked ? "blocked" : "unblocked" });
});
