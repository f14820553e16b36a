// A store product as everyone sees it: its texts in the reader's language, its prices and the core courses it
// links. Products are read in the Academy tenant's context without a learner, so the catalogue shows what is for
// sale, never what a learner may reach (that is StoreAccess, see lib/db/tenant-scope.ts).
import { courseImage, type CourseImage } from "@/lib/catalogue/course-image";
import { localized } from "@/lib/i18n/localized";
import { ownershipOf, type Ownership } from "./owned-courses";
import { parsePrices, type Prices } from "./prices";

export interface StoreCourse {
  id: string;
  code: string;
  title: string;
  summary: string;
  durationMinutes: number;
  image: CourseImage | null;
}

export interface StoreProductView {
  id: string;
  kind: "COURSE" | "BUNDLE" | "SUBSCRIPTION";
  title: string;
  description: string;
  prices: Prices;
  periodMonths: number | null;
  courses: StoreCourse[];
  /** Which of its courses the reader already has (none for a visitor). */
  owned: Ownership;
}

export const courseSelect = (locale: string) => ({
  id: true,
  code: true,
  durationMinutes: true,
  imageKey: true,
  imageAlt: true,
  imageDecorative: true,
  translations: { where: { locale: { in: [locale, "en"] } }, select: { locale: true, title: true, summary: true } },
});

type CourseRow = {
  id: string;
  code: string;
  durationMinutes: number;
  translations: Array<{ locale: string; title: string; summary: string }>;
  /** Read by the product pages only (courseSelect). */
  imageKey?: string | null;
  imageAlt?: unknown;
  imageDecorative?: boolean;
};

export function storeCourse(course: CourseRow, locale: string): StoreCourse {
  const text =
    course.translations.find((t) => t.locale === locale) ?? course.translations.find((t) => t.locale === "en");
  return {
    id: course.id,
    code: course.code,
    durationMinutes: course.durationMinutes,
    title: text?.title ?? course.code,
    summary: text?.summary ?? "",
    image: courseImage(
      {
        id: course.id,
        imageKey: course.imageKey ?? null,
        imageAlt: course.imageAlt,
        imageDecorative: !!course.imageDecorative,
      },
      locale,
      text?.title ?? course.code,
    ),
  };
}

export function storeProductView(
  product: {
    id: string;
    kind: StoreProductView["kind"];
    title: unknown;
    description: unknown;
    prices: unknown;
    periodMonths: number | null;
    courses: Array<{ course: CourseRow }>;
  },
  locale: string,
  owned: Set<string> = new Set(),
): StoreProductView {
  const courses = product.courses.map((link) => storeCourse(link.course, locale));
  return {
    id: product.id,
    kind: product.kind,
    title: localized(product.title as Record<string, string>, locale),
    description: localized(product.description as Record<string, string>, locale),
    prices: parsePrices(product.prices),
    periodMonths: product.periodMonths,
    courses,
    owned: ownershipOf(courses, owned),
  };
}
