// The "Log in as a guest" page's courses (ADR 0042): those a guest may open on the site, featured first.
import { listVisibleCourses, type CourseCard } from "@/lib/catalogue/list-visible-courses";
import type { Locale } from "@/lib/i18n/locales";
import type { GuestScope } from "./guest-scope";

export const GUEST_COURSES_SHOWN = 50;

export function viewGuestCourses(scope: GuestScope, locale: Locale): Promise<CourseCard[]> {
  return listVisibleCourses(scope, locale, { take: GUEST_COURSES_SHOWN });
}
