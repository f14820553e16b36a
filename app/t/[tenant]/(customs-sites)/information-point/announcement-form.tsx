"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { LocaleField } from "@/components/forms/locale-field";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { FormField } from "@/components/ui/form-field";
import { Notice } from "@/components/ui/notice";
import { Panel } from "@/components/ui/panel";
import { SectionTitle } from "@/components/ui/section-title";
import { TextArea } from "@/components/ui/text-area";
import { EMPTY_FORM, type FormAction, type FormState } from "@/lib/http/form-state";

/**
 * WCO staff write an announcement in the language they choose, or (`edit`) one in place in one language: the text
 * written there, empty where it is not translated yet. Each gets its action bound by the page (ADR 0016).
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
  const fields = useTranslations("Fields");
  const uiLocale = useLocale();
  const [state, action, pending] = useActionState<FormState, FormData>(save, EMPTY_FORM);
  const error = (name: string) => (state.errors[name] ? fields(state.errors[name]) : undefined);
  return (
    <Panel
      as="form"
      className="space-y-3"
      action={action}
      aria-labelledby="announcement-form-title"
      key={state.done && !edit ? "done" : "editing"}
    >
      <SectionTitle id="announcement-form-title">{edit ? t("editAnnouncement") : t("writeAnnouncement")}</SectionTitle>
      {state.done ? (
        <Notice tone="success" compact>
          {edit ? t("announcementSaved") : t("announcementPublished")}
        </Notice>
      ) : null}
      {edit ? (
        <input type="hidden" name="locale" value={edit.locale} />
      ) : (
        <LocaleField
          name="locale"
          label={t("textLanguage")}
          defaultValue={state.values.locale ?? uiLocale}
          error={error("locale")}
        />
      )}
      <TextField
        name="title"
        label={t("announcementTitle")}
        required
        defaultValue={state.values.title ?? edit?.text?.title}
        error={error("title")}
        dir="auto"
        lang={edit?.locale}
      />
      <FormField
        name="body"
        label={t("announcementBody")}
        hint={discussion("formatHint")}
        required
        error={error("body")}
      >
        {(control) => (
          <TextArea
            {...control}
            rows={6}
            dir="auto"
            lang={edit?.locale}
            defaultValue={state.values.body ?? edit?.text?.source}
          />
        )}
      </FormField>
      {error("form") ? <FieldError id="announcement-form-error">{error("form")}</FieldError> : null}
      <Button disabled={pending}>{edit ? t("saveAnnouncement") : t("publishAnnouncement")}</Button>
    </Panel>
  );
}
