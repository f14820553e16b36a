// Assigns a seat of the manager's pool to an employee's e-mail address (a plain form post).
import { backTo } from "@/lib/http/back-to";
import { formPost } from "@/lib/http/route-handler";
import { assignSeat } from "@/lib/store/seats/assign-seat";

const poolPage = (form: FormData) => `/company/${encodeURIComponent(String(form.get("poolId") ?? ""))}`;

export const POST = formPost(
  {
    sites: ["academy"],
    onRefusal: async ({ key }, { form }) => backTo(poolPage(await form()), { error: key }),
  },
  async ({ viewer, form }) => {
    const submitted = await form();
    await assignSeat(viewer, String(submitted.get("poolId") ?? ""), String(submitted.get("email") ?? ""));
    return backTo(poolPage(submitted), { done: "assigned" });
  },
);
