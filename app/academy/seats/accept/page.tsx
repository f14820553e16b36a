import { getLocale, getTranslations } from "next-intl/server";
import { AccountForm } from "@/components/academy/account-form";
import { peekSeatInvitation } from "@/lib/store/seats/peek-seat-invitation";
import { seatHolder } from "@/lib/store/seats/seat-holder";
import { AcceptButton } from "./accept-button";
import { acceptSeatAction } from "./actions";
import { loadPage } from "@/lib/http/load-page";
import { Notice } from "@/components/ui/notice";
import { TextLink } from "@/components/ui/text-link";
import { TextAnchor } from "@/components/ui/text-anchor";
import { Panel } from "@/components/ui/panel";

export default async function AcceptSeatPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const [{ token = "" }, { viewer }, locale, t, fields] = await Promise.all([
    searchParams,
    loadPage(),
    getLocale(),
    getTranslations("Store"),
    getTranslations("Fields"),
  ]);
  const invitation = await peekSeatInvitation(token, locale);
  // The form's action re-renders this page before the new session's cookie is read: an accepted seat then
  // says so to whoever holds its (secret) link, with a full page load to the learner's courses.
  const accepted = invitation ? null : await seatHolder(token);
  const returnTo = `/seats/accept?token=${encodeURIComponent(token)}`;
  return (
    <Panel as="div" roomy className="mx-auto max-w-md space-y-4 shadow-sm">
      <h1 className="text-2xl font-bold">{t("acceptTitle")}</h1>
      {accepted ? (
        <Notice tone="success">
          {t("seatAccepted")}{" "}
          <TextAnchor href={accepted.landing} className="font-medium">
            {accepted.landing === "/dashboard" ? t("goToMyLearning") : t("goToCourse")}
          </TextAnchor>
        </Notice>
      ) : !invitation ? (
        <p role="alert">{fields("linkInvalid")}</p>
      ) : (
        <>
          <p>
            {t("acceptIntro", {
              manager: invitation.manager,
              product: invitation.productTitle,
              email: invitation.email,
            })}
          </p>
          {viewer ? (
            <AcceptButton token={token} label={t("acceptSeat")} />
          ) : invitation.accountExists ? (
            <p>
              {t("acceptSignIn")}{" "}
              <TextLink href={`/sign-in?returnTo=${encodeURIComponent(returnTo)}`} className="font-medium">
                {t("signInLink")}
              </TextLink>
            </p>
          ) : (
            <AccountForm
              action={acceptSeatAction}
              fixedEmail={invitation.email}
              hidden={{ token }}
              submitLabel={t("acceptAndCreate")}
            />
          )}
        </>
      )}
    </Panel>
  );
}
