import { getTranslations } from "next-intl/server";
import { Panel } from "@/components/ui/panel";
import { PageTitle } from "@/components/ui/page-title";
import { ConfirmEmailForm } from "./confirm-form";

export default async function ConfirmEmailPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const [{ token }, t] = await Promise.all([searchParams, getTranslations("ConfirmEmail")]);
  return (
    <Panel as="div" roomy className="mx-auto max-w-xl space-y-4 shadow-sm">
      <PageTitle>{t("title")}</PageTitle>
      <p className="text-slate-700">{t("intro")}</p>
      <ConfirmEmailForm token={typeof token === "string" ? token : ""} />
    </Panel>
  );
}
