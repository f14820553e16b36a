import { getTranslations } from "next-intl/server";
import { ConfirmedPostButton } from "@/components/ui/confirmed-post-button";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { PageTitle } from "@/components/ui/page-title";
import { SectionTitle } from "@/components/ui/section-title";
import { viewTutors } from "@/lib/discussions/view-tutors";
import { loadPage, orNotFound } from "@/lib/http/load-page";
import { nameTutorAction } from "@/app/actions/discussions";
import { NameTutorForm } from "./name-tutor-form";
import { BackLink } from "@/components/discussions/back-link";

export default async function TutorsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  const [{ id }, { done }] = await Promise.all([params, searchParams]);
  const entry = await loadPage({ signIn: `/courses/${id}/discussion/tutors` });
  const view = await orNotFound(viewTutors(entry, id));
  const t = await getTranslations("Discussion");
  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <BackLink href={`/courses/${id}/discussion`}>{t("backToDiscussion", { title: view.course.title })}</BackLink>
        <PageTitle>{t("tutorsTitle")}</PageTitle>
        <p className="text-slate-700">{t("tutorsIntro")}</p>
      </header>
      {done === "tutorRemoved" ? <Notice tone="success">{t("done.tutorRemoved")}</Notice> : null}
      <section aria-labelledby="tutor-list" className="space-y-3">
        <SectionTitle id="tutor-list">{t("tutors")}</SectionTitle>
        {view.tutors.length ? (
          <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
            {view.tutors.map((tutor) => (
              <li key={tutor.id} className="flex flex-wrap items-center gap-3 p-3" data-testid="tutor">
                <span className="font-medium">{tutor.name}</span>
                <span className="text-sm text-slate-600">{tutor.place}</span>
                {tutor.mayRemove ? (
                  <span className="ms-auto">
                    <ConfirmedPostButton
                      action={`/api/discussions/${id}/tutors/${tutor.id}/remove`}
                      question={t("removeTutorQuestion", { name: tutor.name })}
                      label={t("removeTutor")}
                      subject={tutor.name}
                    />
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <EmptyState>{t("noTutors")}</EmptyState>
        )}
      </section>
      <section aria-labelledby="name-tutor" className="space-y-3">
        <SectionTitle id="name-tutor">{t("nameTutor")}</SectionTitle>
        <NameTutorForm name={nameTutorAction.bind(null, id)} />
      </section>
    </article>
  );
}
