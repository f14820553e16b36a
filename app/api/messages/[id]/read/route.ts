import { formPost } from "@/lib/http/route-handler";
import { markConversationRead } from "@/lib/messages/mark-read";

// The conversation page's beacon, sent once the page is shown: the viewer has read it.
export const POST = formPost<{ id: string }>({}, async (input) => {
  await markConversationRead(input, input.params.id);
  return new Response(null, { status: 204 });
});
