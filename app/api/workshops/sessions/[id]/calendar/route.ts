import { getLocale } from "next-intl/server";
import { visibilityScope } from "@/lib/auth/visibility-scope";
import { readRoute } from "@/lib/http/route-handler";
import { readSessionCalendar } from "@/lib/workshops/read-session-calendar";
import { CALENDAR_TYPE } from "@/lib/workshops/session-calendar";

// "Add to calendar" on a workshop session: the session as an .ics file, for whoever may see it (404 otherwise).
export const GET = readRoute<{ id: string }>({}, async (input) => {
  const ics = await readSessionCalendar(visibilityScope(input), input.viewer, input.params.id, await getLocale());
  return new Response(ics, {
    headers: {
      "Content-Type": CALENDAR_TYPE,
      "Content-Disposition": 'attachment; filename="workshop.ics"',
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
