import { backTo } from "@/lib/http/back-to";
import { formPost } from "@/lib/http/route-handler";
import { decideMessageReport } from "@/lib/messages/decide-message-report";
import { REPORTED_MESSAGES_PATH } from "@/lib/messages/review";

// A reviewer removes a reported message or dismisses its report (confirmed on the page); back to the page, which
// says what was done, or that another reviewer (another tab) decided it first.
export const POST = formPost<{ id: string }>(
  { can: "messages.review", onRefusal: () => backTo(REPORTED_MESSAGES_PATH, { error: "alreadyDecided" }) },
  async (input) => {
    const decision = await decideMessageReport(input, input.params.id, (await input.form()).get("decision"));
    return backTo(REPORTED_MESSAGES_PATH, { done: decision === "REMOVED" ? "removed" : "dismissed" });
  },
);
