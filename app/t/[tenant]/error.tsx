"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export default function SiteError({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("Errors");
  return (
    <div role="alert" className="rounded border border-red-200 bg-red-50 p-6">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="mt-2">{t("body")}</p>
      <Button type="button" onClick={() => reset()} className="mt-4">
        {t("retry")}
      </Button>
    </div>
  );
}
