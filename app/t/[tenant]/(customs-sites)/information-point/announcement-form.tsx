"use client";

import { useTranslations } from "next-intl";
import { TranslatedTextForm } from "@/components/forms/translated-text-form";
import type { FormAction } from "@/lib/http/form-state";

/**
 * WCO staff write an announcement in the language they choose, or (`edit`) one in place in one language; each gets
 * its action bound by the page (ADR 0016). The body is the discussions' formatted text, edited from its source.
 */
export function AnnouncementForm({
  save,
  edit,
}: {
  save: FormAction;
  edit?: { locale: string; text: { title: string; source: string } | null };
}) {
  const t = useTranslations("InfoPoint");
  const discussion = useTranslations("Discussion");
  return (
    <TranslatedTextForm
      save={save}
      edit={edit && { locale: edit.locale, text: edit.text && { title: edit.text.title, body: edit.text.source } }}
      id="announcement-form"
      rows={6}
      labels={{
        heading: [t("writeAnnouncement"), t("editAnnouncement")],
        done: [t("announcementPublished"), t("announcementSaved")],
        submit: [t("publishAnnouncement"), t("saveAnnouncement")],
        textLanguage: t("textLanguage"),
        title: t("announcementTitle"),
        body: t("announcementBody"),
        bodyHint: discussion("formatHint"),
      }}
    />
  );
}
