import { NotFound } from "@/lib/errors";
import { backTo } from "@/lib/http/back-to";
import { formPost } from "@/lib/http/route-handler";
import { UUID } from "@/lib/ids";
import { decideSelection, OUTCOMES, type Outcome } from "@/lib/workshops/decide-selection";
import { selectorOn } from "@/lib/workshops/selector";

// Select / Waiting list / Not select on a session's selection page (a plain form); back to that page, where
// a full session (Conflict) and an application that is no candidate (Invalid) are explained.
const sessionPage = (form: FormData) => `/admin/workshops/${encodeURIComponent(String(form.get("sessionId") ?? ""))}`;

export const POST = formPost<{ id: string }>(
  {
    can: "workshops.select",
    onRefusal: async ({ kind }, { form }) =>
      backTo(sessionPage(await form()), { error: kind === "conflict" ? "full" : "notACandidate" }),
  },
  async ({ site, viewer, params, form }) => {
    const submitted = await form();
    const outcome = String(submitted.get("outcome") ?? "");
    if (!UUID.test(String(submitted.get("sessionId") ?? "")) || !(OUTCOMES as readonly string[]).includes(outcome))
      throw new NotFound();
    await decideSelection(selectorOn(site, viewer), params.id, outcome as Outcome);
    return backTo(sessionPage(submitted), { done: "1" });
  },
);
