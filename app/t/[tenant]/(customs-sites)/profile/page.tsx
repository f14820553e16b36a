import { getTranslations } from "next-intl/server";
import { getProfile } from "@/lib/accounts/get-profile";
import { ChangeEmailForm, ChangePasswordForm, PhotoForm, ProfileDetailsForm } from "./profile-forms";
import { loadPage } from "@/lib/http/load-page";
import { PageTitle } from "@/components/ui/page-title";
import { Panel } from "@/components/ui/panel";

export default async function ProfilePage() {
  const { viewer, ctx } = await loadPage({ signIn: "/profile" });
  const [t, profile] = await Promise.all([
    getTranslations("Profile"),
    getProfile({ ...ctx, tenantId: viewer.homeTenantId }, viewer.id),
  ]);
  const name = `${profile.firstName} ${profile.lastName}`;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageTitle>{t("title")}</PageTitle>
      <p className="text-slate-700">{t("username", { username: profile.username })}</p>
      <Panel roomy aria-labelledby="details-heading">
        <h2 id="details-heading" className="mb-4 text-xl font-semibold">
          {t("details")}
        </h2>
        <ProfileDetailsForm
          profile={{
            firstName: profile.firstName,
            lastName: profile.lastName,
            position: profile.position,
            locale: profile.locale ?? "en",
          }}
        />
      </Panel>
      <Panel roomy aria-labelledby="email-heading">
        <h2 id="email-heading" className="mb-4 text-xl font-semibold">
          {t("emailHeading")}
        </h2>
        <p className="mb-2 break-all" data-testid="current-email">
          {t("currentEmail", { email: profile.email })}
        </p>
        {profile.pendingEmail ? (
          <p className="mb-4 break-all text-slate-700" data-testid="pending-email">
            {t("emailPending", { email: profile.pendingEmail })}
          </p>
        ) : null}
        <ChangeEmailForm />
      </Panel>
      <Panel roomy aria-labelledby="photo-heading">
        <h2 id="photo-heading" className="mb-4 text-xl font-semibold">
          {t("photo")}
        </h2>
        {profile.hasPhoto ? (
          // eslint-disable-next-line @next/next/no-img-element -- a small private image served by our own route
          <img
            src={`/api/users/${viewer.id}/photo?v=${profile.photoVersion}`}
            alt={t("photoAlt", { name })}
            width={96}
            height={96}
            className="mb-3 h-24 w-24 rounded-full object-cover"
          />
        ) : (
          <p className="mb-3 text-slate-600">{t("noPhoto")}</p>
        )}
        <PhotoForm />
      </Panel>
      <Panel roomy aria-labelledby="password-heading">
        <h2 id="password-heading" className="mb-4 text-xl font-semibold">
          {t("changePassword")}
        </h2>
        <ChangePasswordForm />
      </Panel>
    </div>
  );
}
