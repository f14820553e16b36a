import { getLocale, getTranslations } from "next-intl/server";
import { visibilityScope } from "@/lib/auth/visibility-scope";
import { courseDetailsText } from "@/lib/catalogue/course-details-text";
import { readCourseDetails } from "@/lib/catalogue/read-course-details";
import { readRoute } from "@/lib/http/route-handler";
import type { Locale } from "@/lib/i18n/locales";

// One course's details panel for the catalogue, asked for when a card's Details button opens it (the result page
// itself carries none): for whoever may see the course's card on this site, visitors included; 404 otherwise.
export const GET = readRoute<{ id: string }>(
  {
    signedIn: false,
    sites: ["root", "tenant"],
    errorBody: (status) => Response.json({ error: "Not found" }, { status }),
  },
  async (input) => {
    const locale = (await getLocale()) as Locale;
    const [details, t] = await Promise.all([
      readCourseDetails(visibilityScope(input), locale, input.params.id, input.viewer?.id ?? null),
      getTranslations({ locale }),
    ]);
    return Response.json(
      courseDetailsText(details, locale, input.viewer !== null, (key, values) => t(key, values)),
      {
        headers: { "Cache-Control": "private, no-store", Vary: "Cookie" },
      },
    );
  },
);
