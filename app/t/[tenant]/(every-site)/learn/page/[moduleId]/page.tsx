import { getLocale } from "next-intl/server";
import { getTranslations } from "next-intl/server";
import { RichText } from "@/components/rich-text";
import { visibilityScope } from "@/lib/auth/visibility-scope";
import { loadPage, orNotFound } from "@/lib/http/load-page";
import type { Locale } from "@/lib/i18n/locales";
import { viewPageModule } from "@/lib/modules/view-page-module";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import { ReadBeacon } from "./read-beacon";

// A page module: instructions or reading in the platform's rich-text subset; shown is read (a beacon).
export default async function PageModulePage({ params }: { params: Promise<{ moduleId: string }> }) {
  const { moduleId } = await params;
  const context = await loadPage({ signIn: `/learn/page/${moduleId}` });
  const view = await orNotFound(
    viewPageModule(visibilityScope(context), context.viewer.id, (await getLocale()) as Locale, moduleId),
  );
  const t = await getTranslations("ModuleContent");
  return (
    <article className="space-y-4">
      <ReadBeacon moduleId={moduleId} />
      <p>
        <TextLink href={`/courses/${view.courseId}?tab=course`}>{t("backToCourse")}</TextLink>
      </p>
      <PageTitle>{view.title}</PageTitle>
      <RichText source={view.text} />
    </article>
  );
}
