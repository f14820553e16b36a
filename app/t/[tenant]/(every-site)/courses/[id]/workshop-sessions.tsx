import { getTranslations } from "next-intl/server";
import type { Entry } from "@/lib/http/entry";
import { formatSessionDates } from "@/lib/i18n/zoned-time";
import type { CourseSession } from "@/lib/workshops/list-course-sessions";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Panel } from "@/components/ui/panel";
import { TextLink } from "@/components/ui/text-link";
import { TextAnchor } from "@/components/ui/text-anchor";

// The upcoming sessions of a workshop on its course page: when and where (in the session's time zone), the
// places, and Apply for officers of an administration, or their application's status.
export async function WorkshopSessions({
  courseId,
  context,
  locale,
  sessions,
}: {
  courseId: string;
  context: Entry;
  locale: string;
  sessions: CourseSession[];
}) {
  const { viewer, ctx } = context;
  const t = await getTranslations("Workshops");
  const mayApply =
    viewer !== null &&
    viewer.homeTenantKind === "ADMINISTRATION" &&
    ctx.audience === "CUSTOMS" &&
    ctx.tenantId === viewer.homeTenantId;
  return (
    <section id="sessions" aria-labelledby="sessions-title" className="space-y-3">
      <h2 id="sessions-title" className="text-2xl font-semibold">
        {t("sessionsTitle")}
      </h2>
      {sessions.length === 0 ? (
        <EmptyState>{t("noSessions")}</EmptyState>
      ) : (
        <ul className="space-y-3">
          {sessions.map((s) => {
            const dates = formatSessionDates(s, locale);
            return (
              <Panel as="li" key={s.id} data-testid="workshop-session">
                <p className="font-medium">{dates}</p>
                <p className="text-slate-700">
                  {[s.place, s.online ? t("online") : null].filter(Boolean).join(" · ")}
                  {s.onlineUrl ? (
                    <>
                      {" "}
                      ·{" "}
                      <TextAnchor href={s.onlineUrl} rel="noopener noreferrer">
                        {s.onlineUrl}
                      </TextAnchor>
                    </>
                  ) : null}
                </p>
                <p className="text-sm text-slate-700">
                  {t("places", { count: s.capacity })}
                  {" · "}
                  {s.open
                    ? s.applicationsCloseAt
                      ? t("closesOn", {
                          date: new Intl.DateTimeFormat(locale, {
                            dateStyle: "long",
                            timeStyle: "short",
                            timeZone: s.timeZone,
                          }).format(s.applicationsCloseAt),
                        })
                      : null
                    : t("closed")}
                </p>
                {viewer ? (
                  <p className="mt-1">
                    <TextAnchor href={`/api/workshops/sessions/${s.id}/calendar`} download>
                      {t("addToCalendar")}
                    </TextAnchor>
                  </p>
                ) : null}
                {s.application ? (
                  <p className="mt-2 flex flex-wrap items-center gap-3">
                    <span role="status" className="font-medium">
                      {t("yourStatus", { status: t(`status.${s.application.status}`) })}
                    </span>
                    <TextLink href={`/workshops/applications/${s.application.id}`}>{t("viewApplication")}</TextLink>
                  </p>
                ) : s.open && mayApply ? (
                  <form action={`/api/workshops/sessions/${s.id}/apply`} method="post" className="mt-2">
                    <input type="hidden" name="courseId" value={courseId} />
                    <Button aria-label={t("applyTo", { date: dates })}>{t("apply")}</Button>
                  </form>
                ) : s.open && !viewer ? (
                  <TextLink
                    href={`/sign-in?returnTo=${encodeURIComponent(`/courses/${courseId}`)}`}
                    className="mt-2 inline-block font-medium"
                  >
                    {t("signInToApply")}
                  </TextLink>
                ) : null}
              </Panel>
            );
          })}
        </ul>
      )}
    </section>
  );
}
