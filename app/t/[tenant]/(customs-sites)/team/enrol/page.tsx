import { getLocale, getTranslations } from "next-intl/server";
import { loadPage } from "@/lib/http/load-page";
import { param, type SearchParams } from "@/lib/http/search-params";
import { listEnrolmentCourses } from "@/lib/team/list-enrolment-courses";
import { managerOn } from "@/lib/team/manager-on";
import { PageTitle } from "@/components/ui/page-title";
import { EmptyState } from "@/components/ui/empty-state";
import { TeamNav } from "../team-nav";
import { enrolUsersAction, previewEnrolmentAction } from "./actions";
import { EnrolForm } from "./enrol-form";

// Enrolling users into a course as required learning: one user, a pasted list or a CSV file, with a due date.
// `?user=<username>` fills the list with one user (from the user's page).
export default async function EnrolPage({ searchParams }: { searchParams: SearchParams }) {
  const { site, viewer } = await loadPage({ signIn: "/team/enrol", can: "team.manage" });
  const manager = managerOn(site, viewer, await getLocale());
  const [t, courses, params] = await Promise.all([
    getTranslations("Team.enrol"),
    listEnrolmentCourses(manager),
    searchParams,
  ]);
  return (
    <div className="space-y-6">
      <PageTitle>{t("title")}</PageTitle>
      <TeamNav current="enrol" />
      <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      {courses.length === 0 ? (
        <EmptyState>{t("noCourses")}</EmptyState>
      ) : (
        <EnrolForm
          preview={previewEnrolmentAction}
          save={enrolUsersAction}
          courses={courses}
          initialList={param(params.user).slice(0, 320)}
        />
      )}
    </div>
  );
}
