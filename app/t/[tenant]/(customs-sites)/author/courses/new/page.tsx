import { getLocale, getTranslations } from "next-intl/server";
import { topicNames } from "@/lib/catalogue/topic-names";
import { NewCourseForm } from "../course-forms";
import { loadPage } from "@/lib/http/load-page";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";

export default async function NewCoursePage() {
  await loadPage({ signIn: "/author/courses/new", can: "authoring.author" });
  const [t, locale] = await Promise.all([getTranslations("Authoring"), getLocale()]);
  const topics = [...(await topicNames(locale))].map(([slug, name]) => ({ slug, name }));
  return (
    <div className="space-y-6">
      <p>
        <TextLink href="/author/courses">{t("ownTitle")}</TextLink>
      </p>
      <PageTitle>{t("newCourse")}</PageTitle>
      <NewCourseForm
        topics={topics}
        settings={{
          code: "",
          type: "ELEARNING",
          audience: "CUSTOMS_ONLY",
          regions: [],
          countries: [],
          languages: [locale],
          topics: [],
          durationMinutes: null,
          featured: false,
          guestAccess: false,
          selfEnrolment: true,
          hasCertificate: true,
          certificateValidityMonths: null,
        }}
        text={{ locale, title: "", summary: "", description: "", objectives: [] }}
      />
    </div>
  );
}
