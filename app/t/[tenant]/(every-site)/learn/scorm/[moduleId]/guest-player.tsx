import { getTranslations } from "next-intl/server";
import { GuestNotice } from "@/components/learning/guest-notice";
import type { GuestScope } from "@/lib/guest/guest-scope";
import { orSignInOrNotFound } from "@/lib/http/load-page";
import { openGuestSco } from "@/lib/scorm/guest-launch";
import { PlayerOutline } from "./player-outline";
import { ScormPlayer } from "./scorm-player";

/** A guest's SCORM player (ADR 0042): any part of the package, its runtime answering commits without storing them. */
export async function GuestPlayer(props: {
  scope: GuestScope;
  moduleId: string;
  position: number;
  platformOrigin: string;
  contentOrigin: string;
}) {
  const launch = await orSignInOrNotFound(
    true,
    `/learn/scorm/${props.moduleId}`,
    openGuestSco(props.scope, props.moduleId, props.position, props.platformOrigin),
  );
  const [t, guest] = await Promise.all([getTranslations("Player"), getTranslations("Guest")]);
  const step = (target: number | null, label: string) =>
    target === null ? null : (
      <a href={`?sco=${target}`} className="inline-flex min-h-11 items-center rounded border border-slate-300 px-3">
        {label}
      </a>
    );
  return (
    <div className="space-y-3">
      <h1 className="text-xl font-semibold">{launch.sco.title}</h1>
      <GuestNotice returnTo={`/courses/${launch.courseId}?tab=course`} scorm />
      {launch.scoCount > 1 ? (
        <nav aria-label={t("scos")} className="space-y-2">
          <PlayerOutline
            items={launch.outline}
            current={launch.sco.position}
            labels={{ done: t("scoDone"), lockedLabel: t("lockedLabel"), locked: t.raw("locked") }}
          />
          <p className="flex gap-2">
            {step(launch.previous, t("previous"))}
            {step(launch.next, t("continue"))}
          </p>
        </nav>
      ) : null}
      <ScormPlayer
        contentOrigin={props.contentOrigin}
        src={`${props.contentOrigin}/guest-player/${launch.token}`}
        title={launch.sco.title}
        position={launch.sco.position}
        positions={{}}
        coursePath={`/courses/${launch.courseId}`}
        review={false}
        guestFinished={guest("finished")}
      />
    </div>
  );
}
