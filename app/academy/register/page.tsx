import { getTranslations } from "next-intl/server";
import { AccountForm } from "@/components/academy/account-form";
import { safeReturnPath } from "@/lib/tenancy/safe-return-path";
import { signUpAction } from "./actions";
import { loadPage } from "@/lib/http/load-page";
import { Notice } from "@/components/ui/notice";
import { TextLink } from "@/components/ui/text-link";
import { Panel } from "@/components/ui/panel";

export default async function AcademySignUpPage({ searchParams }: { searchParams: Promise<{ returnTo?: string }> }) {
  const [{ returnTo }, { viewer }, t] = await Promise.all([searchParams, loadPage(), getTranslations("Store")]);
  return (
    <Panel as="div" roomy className="mx-auto max-w-md space-y-4 shadow-sm">
      <h1 className="text-2xl font-bold">{t("signUpTitle")}</h1>
      <p className="text-slate-700">{t("signUpIntro")}</p>
      {viewer ? (
        <Notice tone="success">
          {t("alreadyHaveAccount")}{" "}
          <TextLink href={safeReturnPath(returnTo, "/")} className="font-medium">
            {t("continueShopping")}
          </TextLink>
        </Notice>
      ) : (
        <>
          <AccountForm action={signUpAction} submitLabel={t("signUpSubmit")} doneMessage={t("signUpCheckEmail")} />
          <p className="text-sm">
            {t("haveAccount")}{" "}
            <TextLink href="/sign-in" className="font-medium">
              {t("signInLink")}
            </TextLink>
          </p>
        </>
      )}
    </Panel>
  );
}
