import { Trash2 } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { CourseImageView } from "@/components/catalogue/course-image";
import { FileField } from "@/components/forms/file-field";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Panel } from "@/components/ui/panel";
import { SectionTitle } from "@/components/ui/section-title";
import type { CourseImage } from "@/lib/catalogue/course-image";
import { LOCALE_NAMES, type Locale } from "@/lib/i18n/locales";

/** The course's image: its preview, a new file, its alternative text in the page's language, and removal. */
export async function CourseImageForm({
  courseId,
  image,
  alt,
  decorative,
  locale,
  error,
}: {
  courseId: string;
  image: CourseImage | null;
  /** The alternative text in the page's language, as written (no fallback). */
  alt: string;
  decorative: boolean;
  locale: Locale;
  /** A refusal's translated message, shown on its field. */
  error: { field: "image" | "imageAlt"; message: string } | null;
}) {
  const t = await getTranslations("Authoring");
  return (
    <Panel id="image" className="space-y-4" aria-labelledby="image-title">
      <SectionTitle id="image-title">{t("image")}</SectionTitle>
      {image ? (
        <CourseImageView image={image} sizes="20rem" className="max-w-xs" />
      ) : (
        <p className="text-slate-700">{t("imageNone")}</p>
      )}
      <form
        action={`/api/author/courses/${courseId}/image`}
        method="post"
        encType="multipart/form-data"
        className="space-y-3"
      >
        <input type="hidden" name="locale" value={locale} />
        <FileField
          name="image"
          id="image-file"
          label={image ? t("imageReplace") : t("imageFile")}
          hint={t("imageHint")}
          accept="image/jpeg,image/png,image/webp"
          error={error?.field === "image" ? error.message : undefined}
        />
        <TextField
          name="alt"
          label={t("imageAlt", { language: LOCALE_NAMES[locale] })}
          hint={t("imageAltHint")}
          defaultValue={alt}
          maxLength={250}
          error={error?.field === "imageAlt" ? error.message : undefined}
        />
        <label className="flex items-center gap-2">
          <input type="checkbox" name="decorative" defaultChecked={decorative} className="h-4 w-4" />
          {t("imageDecorative")}
        </label>
        <Button>{t("imageSave")}</Button>
      </form>
      {image ? (
        <form action={`/api/author/courses/${courseId}/image/remove`} method="post">
          <ConfirmButton question={t("imageRemoveConfirm")} variant="danger">
            <Trash2 size={16} aria-hidden="true" className="me-1 inline" />
            {t("imageRemove")}
          </ConfirmButton>
        </form>
      ) : null}
    </Panel>
  );
}
