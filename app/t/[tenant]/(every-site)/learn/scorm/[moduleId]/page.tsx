import { getTranslations } from "next-intl/server";
import { visibilityScope } from "@/lib/auth/visibility-scope";
import { launchSco } from "@/lib/scorm/attempts";
import { publicProtocol, rootDomain, siteOrigin } from "@/lib/tenancy/host";
import { platformOriginOf } from "@/lib/modules/site-origin";
import { PlayerOutline } from "./player-outline";
import { ScormPlayer } from "./scorm-player";
import { loadPage, orNotFound } from "@/lib/http/load-page";

// The SCORM player, opened in a pop-up from the course page: the runtime lives here, on the platform's
// origin; the package runs on the content origin and talks to it through postMessage.
export default async function ScormPlayerPage({
  params,
  searchParams,
}: {
  params: Promise<{ moduleId: string }>;
  searchParams: Promise<{ sco?: string }>;
}) {
  const [{ moduleId }, { sco }] = await Promise.all([params, searchParams]);
  const context = await loadPage({ signIn: `/learn/scorm/${moduleId}` });
  const site = context.site;
  // The Academy's own origin too: the content origin lets only this origin frame the package.
  const platformOrigin = platformOriginOf(site);
  const launch = await orNotFound(
    launchSco(
      visibilityScope(context),
      context.viewer.id,
      moduleId,
      Number.parseInt(sco ?? "0", 10) || 0,
      platformOrigin,
    ),
  );
  const t = await getTranslations("Player");
  // Continue and Previous follow the manifest's order of SCOs.
  const index = launch.scos.findIndex((s) => s.position === launch.sco.position);
  const previous = index > 0 ? launch.scos[index - 1] : null;
  const next = index >= 0 && index < launch.scos.length - 1 ? launch.scos[index + 1] : null;
  const contentOrigin = siteOrigin({ kind: "content" }, publicProtocol(), rootDomain());
  return (
    <div className="space-y-3">
      <h1 className="text-xl font-semibold">{launch.sco.title}</h1>
      {launch.scos.length > 1 ? (
        <nav aria-label={t("scos")} className="space-y-2">
          <PlayerOutline items={launch.outline} current={launch.sco.position} doneLabel={t("scoDone")} />
          <p className="flex gap-2">
            {previous ? (
              <a href={`?sco=${previous.position}`} className="rounded border border-slate-300 px-2 py-1 text-sm">
                {t("previous")}
              </a>
            ) : null}
            {next ? (
              <a href={`?sco=${next.position}`} className="rounded bg-brand px-2 py-1 text-sm text-white">
                {t("continue")}
              </a>
            ) : null}
          </p>
        </nav>
      ) : null}
      <ScormPlayer
        contentOrigin={contentOrigin}
        src={`${contentOrigin}/player/${launch.token}`}
        title={launch.sco.title}
      />
    </div>
  );
}
