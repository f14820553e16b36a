"use client";

import { useTranslations } from "next-intl";
import { TranslatedTextForm } from "@/components/forms/translated-text-form";
import type { FormAction } from "@/lib/http/form-state";
import { publishNewsAction } from "./actions";

/** Writes a news item, or edits one in place in one language (`edit`, with its action bound by the page). */
export function NewsForm({
  edit,
}: {
  edit?: { save: FormAction; locale: string; text: { title: string; body: string } | null };
}) {
  const t = useTranslations("News");
  const authoring = useTranslations("Authoring");
  return (
    <TranslatedTextForm
      save={edit?.save ?? publishNewsAction}
      edit={edit}
      id="news-form"
      rows={5}
      labels={{
        heading: [t("write"), t("editTitle")],
        done: [t("published"), t("saved")],
        submit: [t("publish"), t("save")],
        textLanguage: authoring("textLanguage"),
        title: t("newsTitle"),
        body: t("body"),
        bodyHint: authoring("descriptionHint"),
      }}
    />
  );
}
