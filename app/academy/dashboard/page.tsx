import { getLocale, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/catalogue/pagination";
import { MY_COURSES_PAGE_SIZE, listMyStoreCourses } from "@/lib/store/my-store-courses";
import { loadPage } from "@/lib/http/load-page";
import { ButtonLink } from "@/components/ui/button-link";
import { Button } from "@/components/ui/button";
import { PageTitle } from "@/components/ui/page-title";
import { Panel } from "@/components/ui/panel";
import { TextLink } from "@/components/ui/text-link";
import { KeptCourses } from "@/components/offline/kept-courses";
import { publicProtocol, rootDomain, siteOrigin } from "@/lib/tenancy/host";

export default async function MyLearningPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const [{ page: pageParam }, { viewer, ctx }, locale, t] = await Promise.all([
    searchParams,
    loadPage({ signIn: "/dashboard" }),
    getLocale(),
    getTranslations("Store"),
  ]);
  const page = Math.max(1, Number(pageParam) || 1);
  const { courses, total } = await listMyStoreCourses(ctx, viewer.id, locale, page);
  return (
    <div className="space-y-4">
      <PageTitle>{t("nav.myLearning")}</PageTitle>
      {courses.length === 0 ? (
        <Panel as="p" roomy>
          {t("noCourses")}{" "}
          <TextLink href="/" className="font-medium">
            {t("browseStore")}
          </TextLink>
        </Panel>
      ) : (
        <ul className="space-y-3">
          {courses.map((course) => (
            <Panel as="li" className="flex flex-wrap items-center gap-4" key={course.id} data-testid="my-course">
              <div className="flex-1">
                <h2 className="text-lg font-semibold">{course.title}</h2>
                <p className="text-sm text-slate-700">{course.summary}</p>
                {course.progressPercent !== null ? (
                  <p className="text-sm">{t("progress", { progress: course.progressPercent })}</p>
                ) : null}
              </div>
              {course.progressPercent === null ? (
                <form method="post" action={`/api/store/courses/${course.id}/start`}>
                  <Button>
                    {t("startCourse")}
                    <span className="sr-only"> – {course.title}</span>
                  </Button>
                </form>
              ) : (
                <ButtonLink href={`/courses/${course.id}?tab=course`} variant="secondary">
                  {t("continueCourse")}
                  <span className="sr-only"> – {course.title}</span>
                </ButtonLink>
              )}
            </Panel>
          ))}
        </ul>
      )}
      <Pagination page={page} pageCount={Math.ceil(total / MY_COURSES_PAGE_SIZE)} params={new URLSearchParams()} />
      <KeptCourses contentOrigin={siteOrigin({ kind: "content" }, publicProtocol(), rootDomain())} />
    </div>
  );
}
