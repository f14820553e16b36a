"use client";

import { useTranslations } from "next-intl";

export default function SiteError({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("Errors");
  return (
    <div role="alert" className="rounded border border-red-200 bg-red-50 p-6">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="mt-2">{t("body")}</p>
      <button type="button" onClick={() => reset()} className="mt-4 rounded bg-brand px-4 py-2 text-white">
        {t("retry")}
      </button>
    </div>
  );
}
