// Launching a SCO for an enrolled learner: the package version (the one she started and has not finished, or
// the current one), the attempt (resumed where the learner stopped, a new one in a new certification cycle) and a launch token bound to that attempt for the content origin, where the session
// starts (start-session.ts).
import type { VisibilityScope } from "@/lib/auth/visibility-scope";
import { forTenant, type TenantTx } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { UUID } from "@/lib/ids";
import { scormSettingsOf } from "@/lib/records/scorm-settings";
import { type AttemptState, attemptState } from "./attempt-policy";
import { leaseEnd } from "./lease-attempt";
import { type OutlineItem, packageOutline } from "./package-outline";
import { issueLaunchToken } from "./launch-token";
import type { ScoRuntimeParameters } from "./sco-runtime-parameters";
import { chooseSco, type LaunchRequest, type LockReason } from "./sequencing/choose-sco";
import { statusDone } from "./status-rules";

export interface PlayerOutlineItem {
  title: string;
  position: number | null;
  done: boolean;
  /** Why sequencing keeps the learner from choosing this SCO; absent when she may. */
  locked?: LockReason;
  children: PlayerOutlineItem[];
}

export interface Launch {
  attemptId: string;
  version: "1.2" | "2004";
  /** The last sequence number stored: the runtime numbers its commits after it. */
  commitSeq: number;
  courseId: string;
  sco: { title: string; href: string; position: number; identifier: string };
  scos: Array<{ title: string; position: number; done: boolean; identifier: string }>;
  /** The manifest's table of contents, SCOs by position. */
  outline: PlayerOutlineItem[];
  /** Whether Continue and Previous deliver a SCO from this one (sequencing/choose-sco.ts). */
  canContinue: boolean;
  canPrevious: boolean;
  /** The SCOs a choice reaches (by identifier): what the SCO reads in adl.nav.request_valid.choice. */
  choosable: string[];
  token: string;
  /** The attempt's number and rules; `review` when it is over (attempt-policy.ts). */
  attempt: AttemptState;
}

/** What the player shows when sequencing delivers nothing for the request: why, and the table of contents. */
export interface RefusedLaunch {
  refused: LockReason;
  version: "1.2" | "2004";
  scos: Launch["scos"];
  outline: PlayerOutlineItem[];
}

/** Launches as `openSco` does; a launch that sequencing refuses is NotFound. */
export async function launchSco(...args: Parameters<typeof openSco>): Promise<Launch> {
  const opened = await openSco(...args);
  if ("refused" in opened) throw new NotFound();
  return opened;
}

/**
 * Launches the SCO at `position` of a SCORM module (or the one Continue/Previous deliver from it; a position
 * of no SCO starts the course) for an enrolled, active learner (anyone else: NotFound).
 */
export async function openSco(
  scope: VisibilityScope,
  learnerId: string,
  moduleId: string,
  position: number,
  platformOrigin: string,
  nav: LaunchRequest["nav"] = null,
): Promise<Launch | RefusedLaunch> {
  if (!UUID.test(moduleId)) throw new NotFound();
  return forTenant(scope.ctx, async (tx) => {
    const current = await tx.scormPackage.findFirst({
      where: { moduleId, replacedAt: null },
      include: { scos: { orderBy: { position: "asc" } } },
    });
    const enrolled = current
      ? await tx.enrolment.findFirst({
          where: { userId: learnerId, courseId: current.courseId },
          select: { id: true, cycleStartedAt: true },
        })
      : null;
    const learner = await tx.user.findFirst({ where: { id: learnerId, status: "ACTIVE" }, select: { id: true } });
    if (!current || !enrolled || !learner) throw new NotFound();
    const pkg = (await versionInProgress(tx, learnerId, moduleId, current.id, enrolled.cycleStartedAt)) ?? current;
    // Opening the module without choosing a part resumes the part the learner left suspended (the SCO's own
    // suspend, suspendAll, or the player's "Exit, resume later") when sequencing lets a choice reach it.
    const resumed = pkg.scos.some((s) => s.position === position)
      ? null
      : await suspendedSco(tx, learnerId, pkg, enrolled.cycleStartedAt);
    const resumedChoice = resumed
      ? await chooseSco(tx, pkg, learnerId, enrolled.cycleStartedAt, { position: resumed.position, nav: null })
      : null;
    const chosen = resumedChoice?.sco
      ? resumedChoice
      : await chooseSco(tx, pkg, learnerId, enrolled.cycleStartedAt, { position, nav });
    const version = pkg.version as "1.2" | "2004";
    // A recertification starts every SCO afresh; attempts of earlier cycles stay as history.
    const cycle = enrolled.cycleStartedAt ? { createdAt: { gte: enrolled.cycleStartedAt } } : {};
    const sco = chosen.sco;
    const latest = sco
      ? await tx.scormAttempt.findFirst({ where: { userId: learnerId, scoId: sco.id }, orderBy: { number: "desc" } })
      : null;
    // A SCO that sequencing refuses is never launched: no attempt, no token. The latest attempt of the cycle is
    // resumed, or reviewed when it is over; a new one is started here only for the cycle's first
    // (start-attempt.ts starts the next ones).
    const attempt = !sco
      ? null
      : latest && (!enrolled.cycleStartedAt || latest.createdAt >= enrolled.cycleStartedAt)
        ? await tx.scormAttempt.update({ where: { id: latest.id }, data: { leaseUntil: leaseEnd() } })
        : await tx.scormAttempt.create({
            data: {
              tenantId: scope.ctx.tenantId,
              userId: learnerId,
              scoId: sco.id,
              number: (latest?.number ?? 0) + 1,
              leaseUntil: leaseEnd(),
            },
          });
    const attempts = await tx.scormAttempt.findMany({
      where: { userId: learnerId, scoId: { in: pkg.scos.map((s) => s.id) }, ...cycle },
      select: { scoId: true, completionStatus: true, successStatus: true },
    });
    const runtimeOf = new Map(pkg.scos.map((s) => [s.id, s.runtime as Partial<ScoRuntimeParameters>]));
    const doneScos = new Set(
      attempts
        .filter((a) => statusDone(version, a.completionStatus, a.successStatus, runtimeOf.get(a.scoId) ?? {}))
        .map((a) => a.scoId),
    );
    const positionOf = new Map(pkg.scos.map((s) => [s.identifier, s]));
    const toPlayer = (items: OutlineItem[]): PlayerOutlineItem[] =>
      items.map((item) => {
        const target = item.identifier ? positionOf.get(item.identifier) : undefined;
        return {
          title: item.title,
          position: target?.position ?? null,
          done: target ? doneScos.has(target.id) : false,
          locked: target ? (chosen.locks.get(target.identifier) ?? undefined) : undefined,
          children: toPlayer(item.children),
        };
      });
    const outline = toPlayer(
      await packageOutline(
        pkg.storageKey,
        pkg.scos.map((s) => s.identifier),
      ),
    );
    const scos = pkg.scos.map((s) => ({
      title: s.title,
      position: s.position,
      done: doneScos.has(s.id),
      identifier: s.identifier,
    }));
    if (!sco || !attempt) return { refused: chosen.refused ?? "unavailable", version, scos, outline };
    const [settings] = (await scormSettingsOf(tx, [moduleId])).values();
    const inCycle = await tx.scormAttempt.count({ where: { userId: learnerId, scoId: sco.id, ...cycle } });
    const state = attemptState(version, settings, attempt, inCycle);
    return {
      outline,
      attemptId: attempt.id,
      version,
      commitSeq: attempt.commitSeq,
      courseId: pkg.courseId,
      sco: { title: sco.title, href: sco.href, position: sco.position, identifier: sco.identifier },
      scos,
      canContinue: chosen.canContinue,
      canPrevious: chosen.canPrevious,
      choosable: [...chosen.locks].filter(([, lock]) => lock === null).map(([identifier]) => identifier),
      token: issueLaunchToken({
        key: pkg.storageKey,
        origin: platformOrigin,
        attemptId: attempt.id,
        userId: learnerId,
        tenantId: scope.ctx.tenantId,
        audience: scope.ctx.audience,
        ...(state.review ? { review: true } : {}),
      }),
      attempt: state,
    };
  });
}

/** The SCO of the learner's attempt (this cycle) on the package saved last, when its session ended suspended. */
async function suspendedSco<S extends { id: string; position: number }>(
  tx: TenantTx,
  learnerId: string,
  pkg: { scos: S[] },
  cycleStartedAt: Date | null,
): Promise<S | null> {
  const last = await tx.scormAttempt.findFirst({
    where: {
      userId: learnerId,
      scoId: { in: pkg.scos.map((s) => s.id) },
      commitSeq: { gt: 0 },
      ...(cycleStartedAt ? { createdAt: { gte: cycleStartedAt } } : {}),
    },
    orderBy: { updatedAt: "desc" },
    select: { scoId: true, exitMode: true },
  });
  return last?.exitMode === "suspend" ? (pkg.scos.find((s) => s.id === last.scoId) ?? null) : null;
}

/**
 * A replaced version the learner has started in this cycle and not finished (the module is not complete):
 * she finishes on it; everyone else starts on the current version.
 */
async function versionInProgress(
  tx: TenantTx,
  learnerId: string,
  moduleId: string,
  currentId: string,
  cycleStartedAt: Date | null,
) {
  if (await tx.moduleCompletion.findFirst({ where: { userId: learnerId, moduleId }, select: { moduleId: true } }))
    return null;
  const started = await tx.scormAttempt.findFirst({
    where: {
      userId: learnerId,
      sco: { package: { moduleId, id: { not: currentId } } },
      ...(cycleStartedAt ? { createdAt: { gte: cycleStartedAt } } : {}),
    },
    orderBy: { updatedAt: "desc" },
    select: { sco: { select: { packageId: true } } },
  });
  return started
    ? tx.scormPackage.findFirst({
        where: { id: started.sco.packageId },
        include: { scos: { orderBy: { position: "asc" } } },
      })
    : null;
}
