// The stored renditions of a course image: the picture read by sharp (at most MAX_COURSE_IMAGE_PIXELS, first
// frame of an animation, turned by its EXIF orientation), cropped to the catalogue card's 16:9 around its
// centre and written as WebP at each of the widths pages ask for. Metadata (EXIF, GPS) is not carried over.
import sharp from "sharp";
import { Invalid } from "@/lib/errors";
import { IMAGE_WIDTHS, imageFile, imageHeight } from "@/lib/catalogue/course-image";
import { MAX_COURSE_IMAGE_PIXELS } from "./course-input";

export async function courseImageFiles(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  let size: { width?: number; height?: number; format?: string };
  try {
    size = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw new Invalid({ image: "imageUnreadable" });
  }
  if (!size.width || !size.height || !["jpeg", "png", "webp"].includes(size.format ?? ""))
    throw new Invalid({ image: "imageUnreadable" });
  if (size.width * size.height > MAX_COURSE_IMAGE_PIXELS) throw new Invalid({ image: "imageTooManyPixels" });
  const files = new Map<string, Uint8Array>();
  try {
    for (const width of IMAGE_WIDTHS) {
      const out = await sharp(bytes, { limitInputPixels: MAX_COURSE_IMAGE_PIXELS })
        .rotate()
        .resize(width, imageHeight(width), { fit: "cover", position: "centre" })
        .webp({ quality: 80 })
        .toBuffer();
      files.set(imageFile(width), new Uint8Array(out));
    }
  } catch {
    throw new Invalid({ image: "imageUnreadable" });
  }
  return files;
}
