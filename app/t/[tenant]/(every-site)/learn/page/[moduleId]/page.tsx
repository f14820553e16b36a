import { getLocale } from "next-intl/server";
import { getTranslations } from "next-intl/server";
import { RichText } from "@/components/rich-text";
import { visibilityScope } from "@/lib/auth/visibility-scope";
import { guestScope } from "@/lib/guest/guest-scope";
import { GuestNotice } from "@/components/learning/guest-notice";
import { loadPage, orSignInOrNotFound } from "@/lib/http/load-page";
import type { Locale } from "@/lib/i18n/locales";
import { viewPageModule } from "@/lib/modules/view-page-module";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import { ReadBeacon } from "./read-beacon";

// A page module: instructions or reading in the platform's rich-text subset; shown is read (a beacon). A guest
// reads it and nothing is recorded (ADR 0042).
export default async function PageModulePage({ params }: { params: Promise<{ moduleId: string }> }) {
  const { moduleId } = await params;
  const context = await loadPage({ signIn: `/learn/page/${moduleId}`, guests: true });
  const view = await orSignInOrNotFound(
    context.viewer === null,
    `/learn/page/${moduleId}`,
    viewPageModule(
      guestScope(context) ?? visibilityScope(context),
      context.viewer?.id ?? null,
      (await getLocale()) as Locale,
      moduleId,
    ),
  );
  const t = await getTranslations("ModuleContent");
  return (
    <article className="space-y-4">
      {context.viewer ? <ReadBeacon moduleId={moduleId} /> : null}
      <p>
        <TextLink href={`/courses/${view.courseId}?tab=course`}>{t("backToCourse")}</TextLink>
      </p>
      <PageTitle>{view.title}</PageTitle>
      {context.viewer ? null : <GuestNotice returnTo={`/learn/page/${moduleId}`} />}
      <RichText source={view.text} />
    </article>
  );
}
