import { getLocale, getTranslations } from "next-intl/server";
import { visibilityScope } from "@/lib/auth/visibility-scope";
import { guestScope } from "@/lib/guest/guest-scope";
import { GuestNotice } from "@/components/learning/guest-notice";
import { loadPage, orSignInOrNotFound } from "@/lib/http/load-page";
import { LOCALE_NAMES, isLocale, type Locale } from "@/lib/i18n/locales";
import { platformOriginOf } from "@/lib/modules/site-origin";
import { viewVideoModule } from "@/lib/modules/view-video-module";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import { VideoPlayer } from "./video-player";

// A video module: the video from the content origin with its captions, resumed where the learner stopped,
// its progress reported to the server; or an external video in its privacy-enhanced player. A guest watches
// from the start and nothing is reported (ADR 0042).
export default async function VideoModulePage({ params }: { params: Promise<{ moduleId: string }> }) {
  const { moduleId } = await params;
  const context = await loadPage({ signIn: `/learn/video/${moduleId}`, guests: true });
  const locale = (await getLocale()) as Locale;
  const view = await orSignInOrNotFound(
    context.viewer === null,
    `/learn/video/${moduleId}`,
    viewVideoModule(
      guestScope(context) ?? visibilityScope(context),
      context.viewer?.id ?? null,
      locale,
      moduleId,
      platformOriginOf(context.site),
    ),
  );
  const t = await getTranslations("ModuleContent");
  return (
    <div className="space-y-4">
      <p>
        <TextLink href={`/courses/${view.courseId}?tab=course`}>{t("backToCourse")}</TextLink>
      </p>
      <PageTitle>{view.title}</PageTitle>
      {context.viewer ? null : <GuestNotice returnTo={`/learn/video/${moduleId}`} />}
      {view.video ? (
        <VideoPlayer
          moduleId={moduleId}
          reports={context.viewer !== null}
          src={view.video.src}
          type={view.video.type}
          positionSeconds={view.positionSeconds}
          watchedPercent={view.watchedPercent}
          completed={view.completed}
          captions={view.video.captions.map((c) => ({
            ...c,
            label: isLocale(c.locale) ? LOCALE_NAMES[c.locale] : c.locale,
            default: c.locale === locale,
          }))}
          labels={{
            rule: t("ruleWatch", { percent: view.watchPercent }),
            watched: t("watchedPercent", { percent: "{percent}" }),
            completed: t("moduleCompleted"),
            video: t("videoLabel", { title: view.title }),
          }}
        />
      ) : view.embed ? (
        <div className="space-y-3">
          <iframe
            src={view.embed}
            title={t("videoLabel", { title: view.title })}
            className="aspect-video w-full max-w-3xl rounded border border-slate-300"
            allow="fullscreen; picture-in-picture"
            referrerPolicy="strict-origin-when-cross-origin"
            sandbox="allow-scripts allow-same-origin allow-presentation"
          />
          {!context.viewer ? null : view.completed ? (
            <Notice tone="success">{t("moduleCompleted")}</Notice>
          ) : (
            <form action={`/api/learn/video/${moduleId}/watched`} method="post">
              <Button>{t("confirmWatched")}</Button>
            </form>
          )}
        </div>
      ) : null}
    </div>
  );
}
