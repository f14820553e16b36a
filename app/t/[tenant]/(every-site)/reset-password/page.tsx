import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { resetLinkIsValid } from "@/lib/accounts/reset-link-is-valid";
import { ResetPasswordForm } from "./reset-password-form";
import { Panel } from "@/components/ui/panel";

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const [{ token = "" }, t, fields, forgot] = await Promise.all([
    searchParams,
    getTranslations("ResetPassword"),
    getTranslations("Fields"),
    getTranslations("ForgotPassword"),
  ]);
  const valid = await resetLinkIsValid(token);
  return (
    <Panel as="div" roomy className="mx-auto max-w-md shadow-sm">
      <h1 className="mb-4 text-2xl font-bold">{t("title")}</h1>
      {valid ? (
        <ResetPasswordForm token={token} />
      ) : (
        <div role="alert" className="rounded border border-red-300 bg-red-50 p-4">
          <p>{fields("linkInvalid")}</p>
          <Link href="/forgot-password" className="mt-2 inline-block font-medium underline">
            {forgot("title")}
          </Link>
        </div>
      )}
    </Panel>
  );
}
