import { getTranslations } from "next-intl/server";
import { ConfirmForm } from "./confirm-form";
import { Panel } from "@/components/ui/panel";

export default async function ConfirmRegistrationPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const [{ token }, t] = await Promise.all([searchParams, getTranslations("Register")]);
  return (
    <Panel as="div" roomy className="mx-auto max-w-xl space-y-4 shadow-sm">
      <h1 className="text-2xl font-bold">{t("confirmTitle")}</h1>
      <p className="text-slate-700">{t("confirmIntro")}</p>
      <ConfirmForm token={token ?? ""} />
    </Panel>
  );
}
