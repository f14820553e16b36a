"use client";

import { Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { ConfirmButton } from "@/components/ui/confirm-button";

/** "Remove" a course from this device, after the confirmation; nothing is posted to the server. */
export function RemoveKeptCourse({ title, onRemove }: { title: string; onRemove: () => void }) {
  const t = useTranslations("OfflineDownload");
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onRemove();
      }}
    >
      <ConfirmButton question={t("removeQuestion", { title })} variant="secondary" size="sm">
        <Trash2 size={16} aria-hidden="true" className="me-2 inline" />
        {t("remove")}
        <span className="sr-only"> – {title}</span>
      </ConfirmButton>
    </form>
  );
}
