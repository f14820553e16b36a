// An author gives a course its image, or describes it: a JPEG, PNG or WebP (told by its bytes) within the size and
// pixel limits, stored as the card's 16:9 renditions under a new key, with its alternative text in one language
// (or marked decorative). Without a new file the current image's text is saved. A refused upload stores
// nothing; a replaced image's files are removed. Audited; the catalogue shows the change at once.
import { forgetCatalogue } from "@/lib/catalogue/candidate-cache";
import { recordAudit } from "@/lib/console/audit-log";
import { removeStored } from "@/lib/content-store";
import { storeCheckedUpload } from "@/lib/content-store/checked-upload";
import { forTenant, type TenantTx } from "@/lib/db";
import { Invalid } from "@/lib/errors";
import { detectImageType } from "@/lib/image-type";
import type { Author } from "./author";
import { courseImageFiles } from "./course-image-files";
import { MAX_COURSE_IMAGE_BYTES, courseImageTextSchema } from "./course-input";
import { ownCourse } from "./own-course";
import { parse } from "./parse-input";

export async function saveCourseImage(
  author: Author,
  courseId: string,
  input: { locale: unknown; alt: unknown; decorative: boolean; bytes: Uint8Array | null },
): Promise<void> {
  const text = parse(courseImageTextSchema, { locale: input.locale, alt: input.alt, decorative: input.decorative });
  const before = await forTenant(author.ctx, (tx) => ownCourse(tx, author, courseId));
  const describe = async (tx: TenantTx, imageKey: string) => {
    const alt = { ...((before.imageAlt ?? {}) as Record<string, string>) };
    if (text.alt) alt[text.locale] = text.alt;
    else delete alt[text.locale];
    await tx.course.update({
      where: { id: courseId },
      data: { imageKey, imageAlt: text.decorative ? {} : alt, imageDecorative: text.decorative },
    });
    await recordAudit(tx, author.actor, {
      tenantId: author.ctx.tenantId,
      action: "course.image.save",
      targetType: "Course",
      targetId: courseId,
      before: { image: before.imageKey, decorative: before.imageDecorative },
      after: { image: imageKey, locale: text.locale, alt: text.alt, decorative: text.decorative },
    });
  };
  if (!input.bytes?.length) {
    if (!before.imageKey) throw new Invalid({ image: "imageMissing" });
    await forTenant(author.ctx, (tx) => describe(tx, before.imageKey!));
  } else {
    await storeCheckedUpload({
      bytes: input.bytes,
      kind: "image",
      rules: {
        field: "image",
        maxBytes: MAX_COURSE_IMAGE_BYTES,
        refusals: { missing: "imageMissing", tooLarge: "imageTooLarge", type: "imageType" },
        sniff: detectImageType,
      },
      files: () => courseImageFiles(input.bytes!),
      record: (key) => forTenant(author.ctx, (tx) => describe(tx, key)),
    });
    if (before.imageKey) await removeStored(before.imageKey);
  }
  await forgetCatalogue();
}
