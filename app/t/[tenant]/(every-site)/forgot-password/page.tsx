import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "./forgot-password-form";

export default async function ForgotPasswordPage() {
  const t = await getTranslations("ForgotPassword");
  return (
    <div className="mx-auto max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mb-4 mt-1 text-slate-700">{t("intro")}</p>
      <ForgotPasswordForm />
    </div>
  );
}
