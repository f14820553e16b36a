// What the selection pages show of a session: its dates, place, capacity and course title in the reader's
// language (else English), one Prisma select for the list and the session's own page.
import type { Prisma } from "@/lib/db";
import { titleIn } from "./session-title";

export const selectionSessionSelect = (locale: string) =>
  ({
    id: true,
    startsAt: true,
    endsAt: true,
    timeZone: true,
    place: true,
    onlineUrl: true,
    capacity: true,
    course: {
      select: {
        code: true,
        translations: { where: { locale: { in: [locale, "en"] } }, select: { locale: true, title: true } },
      },
    },
  }) satisfies Prisma.WorkshopSessionSelect;

interface SelectedSession {
  course: { code: string; translations: Array<{ locale: string; title: string }> };
}

/** The session without its course, with the course's title instead. */
export function withTitle<T extends SelectedSession>(
  session: T,
  locale: string,
): Omit<T, "course"> & { title: string } {
  const { course, ...rest } = session;
  return { ...rest, title: titleIn(course.translations, locale, course.code) };
}
