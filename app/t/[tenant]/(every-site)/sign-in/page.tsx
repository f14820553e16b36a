import { isolatedBrandName } from "@/components/app-shell/brand-name";
import { getTranslations } from "next-intl/server";
import { safeReturnPath } from "@/lib/tenancy/safe-return-path";
import { SignInForm } from "./sign-in-form";
import { loadPage } from "@/lib/http/load-page";
import { TextLink } from "@/components/ui/text-link";
import { Panel } from "@/components/ui/panel";
import { ButtonLink } from "@/components/ui/button-link";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ returnTo?: string }> }) {
  const [{ site, viewer }, { returnTo }, t, shell, guest] = await Promise.all([
    loadPage(),
    searchParams,
    getTranslations("SignIn"),
    getTranslations("Shell"),
    getTranslations("Guest"),
  ]);
  const siteName =
    site.kind === "tenant" ? (site.tenant.displayName ?? site.tenant.name) : isolatedBrandName(shell("platformName"));
  return (
    <Panel as="div" roomy className="mx-auto max-w-md shadow-sm">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mb-4 mt-1 text-slate-700">{t("intro", { site: siteName })}</p>
      {viewer ? (
        <p className="mb-4 rounded bg-green-50 p-3 text-green-900">{t("alreadySignedIn", { name: viewer.username })}</p>
      ) : null}
      <SignInForm returnTo={safeReturnPath(returnTo, "/dashboard")} />
      <p className="mt-4 text-sm">
        <TextLink href="/forgot-password">{t("forgot")}</TextLink>
      </p>
      {site.kind === "academy" || viewer ? null : (
        // The User Guide's "Some courses may allow guest access – Log in as a guest" (ADR 0042).
        <div className="mt-4 space-y-2 text-sm">
          <p className="text-slate-700">{guest("signInHint")}</p>
          <ButtonLink href="/guest" variant="secondary" className="w-full text-center">
            {guest("signInLink")}
          </ButtonLink>
        </div>
      )}
      {site.kind === "academy" ? (
        <p className="mt-2 text-sm">
          {t("noAccount")}{" "}
          <TextLink href="/register" className="font-medium">
            {t("createAccount")}
          </TextLink>
        </p>
      ) : (
        <section aria-labelledby="first-time" className="mt-6 space-y-2 border-t border-slate-200 pt-4 text-sm">
          <h2 id="first-time" className="text-lg font-semibold">
            {t("firstTimeTitle")}
          </h2>
          <p>{t("firstTimeAudience")}</p>
          <p>
            {t("firstTimeApproval")} <TextLink href="/coordinators">{t("coordinatorsList")}</TextLink>
          </p>
          <p>
            {t("firstTimeFaq")} <TextLink href="/faq">{t("faq")}</TextLink>
          </p>
          <ButtonLink href="/register" variant="secondary" className="mt-2 w-full text-center">
            {t("createAccount")}
          </ButtonLink>
        </section>
      )}
    </Panel>
  );
}
