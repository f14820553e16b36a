import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { resetLinkIsValid } from "@/lib/accounts/set-password";
import { ResetPasswordForm } from "./reset-password-form";

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const [{ token = "" }, t, fields, forgot] = await Promise.all([searchParams, getTranslations("ResetPassword"), getTranslations("Fields"), getTranslations("ForgotPassword")]);
  const valid = await resetLinkIsValid(token);
  return (
    <div className="mx-auto max-w-md rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="mb-4 text-2xl font-bold">{t("title")}</h1>
      {valid ? (
        <ResetPasswordForm token={token} />
      ) : (
        <div role="alert" className="rounded border border-red-300 bg-red-50 p-4">
          <p>{fields("linkInvalid")}</p>
          <Link href="/forgot-password" className="mt-2 inline-block font-medium underline">{forgot("title")}</Link>
        </div>
      )}
    </div>
  );
}
