import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "./forgot-password-form";
import { Panel } from "@/components/ui/panel";

export default async function ForgotPasswordPage() {
  const t = await getTranslations("ForgotPassword");
  return (
    <Panel as="div" roomy className="mx-auto max-w-md shadow-sm">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mb-4 mt-1 text-slate-700">{t("intro")}</p>
      <ForgotPasswordForm />
    </Panel>
  );
}
