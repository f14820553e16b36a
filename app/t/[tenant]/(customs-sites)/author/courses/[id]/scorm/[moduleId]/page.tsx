import { getLocale, getTranslations } from "next-intl/server";
import { authorOn } from "@/lib/authoring/author";
import { scormSettingsForAuthor } from "@/lib/authoring/get-scorm-settings";
import { loadPage, orNotFound } from "@/lib/http/load-page";
import { localized } from "@/lib/i18n/localized";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import { saveScormSettingsAction } from "./actions";
import { ScormSettingsForm } from "./scorm-settings-form";

// A SCORM module's attempt settings, for its authors: attempts allowed, grading method, new attempts after
// completion.
export default async function ScormSettingsPage({ params }: { params: Promise<{ id: string; moduleId: string }> }) {
  const { id, moduleId } = await params;
  const { site, viewer } = await loadPage({
    signIn: `/author/courses/${id}/scorm/${moduleId}`,
    can: "authoring.author",
  });
  const scorm = await orNotFound(scormSettingsForAuthor(authorOn(site, viewer), id, moduleId));
  const [t, locale] = await Promise.all([getTranslations("Authoring.scormSettings"), getLocale()]);
  return (
    <div className="space-y-6">
      <p>
        <TextLink href={`/author/courses/${id}#outline`}>{t("backToCourse")}</TextLink>
      </p>
      <PageTitle>{localized(scorm.title, locale)}</PageTitle>
      <ScormSettingsForm save={saveScormSettingsAction.bind(null, id, moduleId)} settings={scorm.settings} />
    </div>
  );
}
