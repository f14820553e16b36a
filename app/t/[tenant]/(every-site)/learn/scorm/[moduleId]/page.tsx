import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { visibilityScope } from "@/lib/auth/visibility-scope";
import { openSco } from "@/lib/scorm/attempts";
import { navValidityQuery } from "@/lib/scorm/nav-validity";
import { publicProtocol, rootDomain, siteOrigin } from "@/lib/tenancy/host";
import { AttemptBar } from "./attempt-bar";
import { platformOriginOf } from "@/lib/modules/site-origin";
import { PlayerOutline } from "./player-outline";
import { ScormPlayer } from "./scorm-player";
import { loadPage, orNotFound } from "@/lib/http/load-page";
import { guestScope } from "@/lib/guest/guest-scope";
import { GuestPlayer } from "./guest-player";

// The SCORM player, opened in a pop-up from the course page: the runtime lives here, on the platform's
// origin; the package runs on the content origin and talks to it through postMessage. What it opens, and what
// the contents, Continue and Previous offer, is the server's sequencing (lib/scorm/sequencing/, ADR 0022).
export default async function ScormPlayerPage({
  params,
  searchParams,
}: {
  params: Promise<{ moduleId: string }>;
  searchParams: Promise<{ sco?: string; nav?: string; error?: string }>;
}) {
  const [{ moduleId }, { sco, nav, error }] = await Promise.all([params, searchParams]);
  const context = await loadPage({ signIn: `/learn/scorm/${moduleId}`, guests: true });
  const site = context.site;
  // The Academy's own origin too: the content origin lets only this origin frame the package.
  const platformOrigin = platformOriginOf(site);
  const position = Number.parseInt(sco ?? "", 10);
  const contentOrigin = siteOrigin({ kind: "content" }, publicProtocol(), rootDomain());
  const guest = context.viewer ? null : guestScope(context);
  if (guest)
    return (
      <GuestPlayer
        scope={guest}
        moduleId={moduleId}
        position={Number.isSafeInteger(position) ? position : -1}
        platformOrigin={platformOrigin}
        contentOrigin={contentOrigin}
      />
    );
  const viewer = context.viewer ?? notFound();
  const launch = await orNotFound(
    openSco(
      visibilityScope(context),
      viewer.id,
      moduleId,
      Number.isSafeInteger(position) ? position : -1,
      platformOrigin,
      nav === "continue" || nav === "previous" ? nav : null,
    ),
  );
  const t = await getTranslations("Player");
  const current = "refused" in launch ? null : launch;
  const refused = "refused" in launch ? launch.refused : "unavailable";
  const labels = {
    done: t("scoDone"),
    lockedLabel: t("lockedLabel"),
    locked: {
      prerequisite: t("locked.prerequisite"),
      flowOnly: t("locked.flowOnly"),
      attemptLimit: t("locked.attemptLimit"),
      unavailable: t("locked.unavailable"),
    },
  };
  return (
    <div className="space-y-3">
      {current ? <h1 className="text-xl font-semibold">{current.sco.title}</h1> : null}
      {launch.scos.length > 1 ? (
        <nav aria-label={t("scos")} className="space-y-2">
          <PlayerOutline items={launch.outline} current={current?.sco.position ?? null} labels={labels} />
          {current ? (
            <p className="flex gap-2">
              {current.canPrevious ? (
                <a
                  href={`?sco=${current.sco.position}&nav=previous`}
                  className="rounded border border-slate-300 px-2 py-1 text-sm"
                >
                  {t("previous")}
                </a>
              ) : null}
              {current.canContinue ? (
                <a
                  href={`?sco=${current.sco.position}&nav=continue`}
                  className="rounded bg-brand px-2 py-1 text-sm text-white"
                >
                  {t("continue")}
                </a>
              ) : null}
            </p>
          ) : null}
        </nav>
      ) : null}
      {current ? (
        <>
          <AttemptBar
            moduleId={moduleId}
            attemptId={current.attemptId}
            position={current.sco.position}
            attempt={current.attempt}
            error={error}
          />
          <ScormPlayer
            contentOrigin={contentOrigin}
            src={`${contentOrigin}/player/${current.token}?${navValidityQuery(current)}`}
            title={current.sco.title}
            position={current.sco.position}
            positions={Object.fromEntries(current.scos.map((s) => [s.identifier, s.position]))}
            coursePath={`/courses/${current.courseId}`}
            review={current.attempt.review}
          />
        </>
      ) : (
        <Notice tone="error" bordered data-testid="player-refused">
          {t("refusedLaunch")} {labels.locked[refused]} {t("refusedHint")}
        </Notice>
      )}
    </div>
  );
}
