import type { CourseImage } from "@/lib/catalogue/course-image";

/**
 * A course's image in its 16:9 frame: width and height reserve its place before it loads (no layout shift), the
 * browser picks the rendition for `sizes`, and images below the fold wait until they are scrolled near (`lazy`).
 * A decorative image has an empty alternative text, so screen readers skip it.
 */
export function CourseImageView({
  image,
  sizes,
  lazy = true,
  decorative = false,
  width = "w-full",
  className = "",
}: {
  image: CourseImage;
  sizes: string;
  lazy?: boolean;
  /** Beside a link that names the course already (a thumbnail), the image adds nothing for a screen reader. */
  decorative?: boolean;
  /** Its width classes: the whole frame by default, a thumbnail's fixed width otherwise (never both). */
  width?: string;
  className?: string;
}) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- the renditions are made on upload, served with srcset
    <img
      src={image.src}
      srcSet={image.srcSet}
      sizes={sizes}
      width={image.width}
      height={image.height}
      alt={decorative ? "" : image.alt}
      loading={lazy ? "lazy" : "eager"}
      decoding="async"
      className={`aspect-video h-auto ${width} rounded bg-slate-100 object-cover ${className}`}
      data-testid="course-image"
    />
  );
}
