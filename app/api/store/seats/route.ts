// Assigns a seat of the manager's pool to an employee's e-mail address (a plain form post).
import { formPost } from "@/lib/http/route-handler";
import { assignSeat } from "@/lib/store/seats/assign-seat";

const pool = async (form: Promise<FormData>) =>
  `/company/${encodeURIComponent(String((await form).get("poolId") ?? ""))}`;

export const POST = formPost(
  {
    sites: ["academy"],
    onRefusal: async ({ key }, input) => `${await pool(input.form())}?error=${encodeURIComponent(key)}`,
  },
  async ({ viewer, form }) => {
    const submitted = await form();
    await assignSeat(viewer, String(submitted.get("poolId") ?? ""), String(submitted.get("email") ?? ""));
    return `${await pool(form())}?done=assigned`;
  },
);
