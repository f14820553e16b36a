// A course's image as pages show it: WebP renditions of the catalogue card's 16:9 crop at a few widths, served
// through the platform (only to viewers who may see the course) at addresses that name the stored key, so a
// browser may keep them for good; alternative text in the reader's language, or none for a decorative image.
import { localized } from "@/lib/i18n/localized";

export const IMAGE_WIDTHS = [320, 640, 960] as const;
export const IMAGE_RATIO = { width: 16, height: 9 } as const;
export const imageHeight = (width: number) => Math.round((width * IMAGE_RATIO.height) / IMAGE_RATIO.width);
export const imageFile = (width: number) => `${width}.webp`;

export interface CourseImage {
  src: string;
  srcSet: string;
  width: number;
  height: number;
  /** Empty for a decorative image. */
  alt: string;
}

const keyId = (key: string) => key.slice(key.indexOf("/") + 1);

/** The image of a course row for pages, or null when it has none. */
export function courseImage(
  course: { id: string; imageKey: string | null; imageAlt: unknown; imageDecorative: boolean },
  locale: string,
  fallbackAlt: string,
): CourseImage | null {
  if (!course.imageKey) return null;
  const url = (width: number) => `/api/courses/${course.id}/image/${keyId(course.imageKey!)}/${width}`;
  const alt = course.imageDecorative
    ? ""
    : localized((course.imageAlt ?? {}) as Record<string, string>, locale) || fallbackAlt;
  return {
    src: url(IMAGE_WIDTHS[1]),
    srcSet: IMAGE_WIDTHS.map((w) => `${url(w)} ${w}w`).join(", "),
    width: IMAGE_WIDTHS[1],
    height: imageHeight(IMAGE_WIDTHS[1]),
    alt,
  };
}
