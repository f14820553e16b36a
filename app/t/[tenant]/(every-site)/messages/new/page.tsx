import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import { loadPage, orNotFound } from "@/lib/http/load-page";
import { viewNewMessage } from "@/lib/messages/view-new-message";
import { startConversationAction } from "../actions";
import { MessageForm } from "../message-forms";

// A new message: with a course, the tutors of its discussion to choose from; with a recipient, the form to
// write to them (only someone the viewer may write to, ADR 0047).
export default async function NewMessagePage({
  searchParams,
}: {
  searchParams: Promise<{ to?: string; course?: string }>;
}) {
  const query = await searchParams;
  const here = `/messages/new?${new URLSearchParams(Object.entries(query).filter(([, v]) => typeof v === "string"))}`;
  const entry = await loadPage({ signIn: here });
  const view = await orNotFound(viewNewMessage(entry, query));
  const t = await getTranslations("Messages");
  if (view.kind === "tutors")
    return (
      <div className="space-y-6">
        <PageTitle>{t("writeToTutor")}</PageTitle>
        <p>{t("tutorsOf", { title: view.course.title })}</p>
        {view.tutors.length === 0 ? (
          <EmptyState>{t("noTutors")}</EmptyState>
        ) : (
          <ul className="space-y-2">
            {view.tutors.map((tutor) => (
              <li key={tutor.userId} data-testid="tutor" className="rounded border border-slate-200 bg-white p-3">
                <TextLink
                  href={`/messages/new?${new URLSearchParams({ to: tutor.userId, course: view.course.id })}`}
                  className="inline-flex min-h-11 items-center font-semibold"
                >
                  {t("writeTo", { name: tutor.name })}
                </TextLink>
                <p className="text-sm text-slate-700">{tutor.place}</p>
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  const { correspondent } = view;
  return (
    <div className="space-y-6">
      <PageTitle>{t("writeTo", { name: correspondent.name })}</PageTitle>
      <p className="text-sm text-slate-700">
        {[correspondent.place, correspondent.course?.title].filter(Boolean).join(" · ")}
      </p>
      <MessageForm send={startConversationAction.bind(null, view.recipient)} label={t("yourMessage")} />
    </div>
  );
}
