// The name a notice gives a discussion space in its reader's language: its course's title, or, for the space that
// is not a course, the information point's name (ADR 0048).
import { chooseLocale, messagesOf } from "@/lib/i18n/catalogues";
import { titleIn } from "@/lib/workshops/session-title";
import { INFORMATION_POINT_SPACE } from "./information-point-space";

export interface CourseNames {
  code: string;
  translations: Array<{ locale: string; title: string }>;
}

export function spaceTitle(courseId: string, course: CourseNames | null | undefined, locale: string | null): string {
  const chosen = chooseLocale(locale);
  if (courseId === INFORMATION_POINT_SPACE) return messagesOf(chosen, "InfoPoint").title;
  return course ? titleIn(course.translations, chosen, course.code) : "";
}
