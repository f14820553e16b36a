import { backTo } from "@/lib/http/back-to";
import { formPost } from "@/lib/http/route-handler";
import { candidateOf } from "@/lib/workshops/candidate";
import { withdrawApplication } from "@/lib/workshops/withdraw-application";

// "Withdraw" on the candidate's application page (a plain form); back to the application.
const application = (id: string) => `/workshops/applications/${id}`;

export const POST = formPost<{ id: string }>(
  { onRefusal: (_refusal, { params }) => backTo(application(params.id), { error: "cannotWithdraw" }) },
  async ({ viewer, params }) => {
    await withdrawApplication(candidateOf(viewer), params.id);
    return backTo(application(params.id), { done: "withdrawn" });
  },
);
