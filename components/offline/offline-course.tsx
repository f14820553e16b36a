"use client";

import { Download } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { localized } from "@/lib/i18n/localized";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { DownloadFrame, useSize } from "./download-frame";
import { useOfflineFrame } from "./offline-frame";
import { RemoveKeptCourse } from "./remove-kept-course";

interface DownloadList {
  courseId: string;
  grant: string;
  bytes: number;
  files: Array<{ path: string; bytes: number }>;
  onlineOnly: Array<Record<string, string>>;
}

/**
 * "Make available offline" on the course page of an enrolled learner (ADR 0051): the download's size before, its
 * progress, and once kept the size on this device and "Remove". The list (with this device's grant) is asked for once
 * the frame said which device this is; a course already kept is given its new list, which renews its grant and
 * fetches only what it lacks.
 */
export function OfflineCourse({
  contentOrigin,
  course,
}: {
  contentOrigin: string;
  course: { id: string; title: string };
}) {
  const t = useTranslations("OfflineDownload");
  const locale = useLocale();
  const size = useSize();
  const { frame, state, send } = useOfflineFrame(contentOrigin);
  const [list, setList] = useState<DownloadList | null>(null);
  const kept = state.courses.find((c) => c.courseId === course.id) ?? null;
  const keptOnce = kept !== null;
  useEffect(() => {
    if (!state.deviceId || !navigator.onLine) return;
    let current = true;
    fetch(`/api/offline/courses/${course.id}?device=${state.deviceId}`)
      .then((response) => (response.ok ? (response.json() as Promise<DownloadList>) : null))
      .then((answer) => {
        if (current) setList(answer);
      })
      .catch(() => {});
    return () => {
      current = false;
    };
  }, [state.deviceId, course.id]);
  // The list last given to the frame: each list is given once (a click, or the renewal of a course already kept).
  const given = useRef<DownloadList | null>(null);
  const download = () => {
    if (!list) return;
    given.current = list;
    send({ type: "offline-download", courseId: course.id, list, title: course.title });
  };
  useEffect(() => {
    if (!list || !keptOnce || given.current === list) return;
    given.current = list;
    send({ type: "offline-download", courseId: course.id, list, title: course.title });
  }, [list, keptOnce, send, course.id, course.title]);

  const progress = state.progress?.courseId === course.id ? state.progress : null;
  const problem = state.problem?.courseId === course.id ? state.problem : null;
  const status = progress
    ? t("downloading", {
        done: size(progress.done),
        total: size(progress.total),
        percent: progress.total ? Math.floor((progress.done * 100) / progress.total) : 100,
      })
    : problem?.kind === "short"
      ? t("short", { needed: size(problem.needed ?? 0), available: size(Math.max(0, problem.available ?? 0)) })
      : problem?.kind === "failed"
        ? t("interrupted")
        : kept?.complete
          ? t("available", { size: size(kept.bytes) })
          : kept
            ? t("incomplete", { size: size(kept.bytes) })
            : state.unavailable
              ? t("unavailable")
              : list
                ? t("size", { size: size(list.bytes) })
                : "";
  return (
    // Hidden until there is something to say (the frame's first report, the list); the frame loads meanwhile.
    <section
      hidden={!status}
      aria-labelledby="offline-download-title"
      className="space-y-2 rounded border border-slate-300 bg-white p-3"
      data-testid="offline-download"
    >
      <h2 id="offline-download-title" className="font-semibold">
        {t("title")}
      </h2>
      {/* A live region, not a second "status" of the page: the course page's own status says the enrolment. */}
      <p aria-live="polite" className="text-sm" data-testid="offline-status">
        {status}
      </p>
      {list?.onlineOnly.length ? (
        <p className="text-sm" data-testid="offline-online-only">
          {t("onlineOnly", {
            count: list.onlineOnly.length,
            titles: new Intl.ListFormat(locale).format(list.onlineOnly.map((title) => localized(title, locale))),
          })}
        </p>
      ) : null}
      {progress ? (
        <progress className="w-full" max={progress.total || 1} value={progress.done} aria-label={t("progress")} />
      ) : null}
      <div className="flex flex-wrap gap-2">
        {list && !progress && !kept?.complete && !state.unavailable ? (
          <Button size="sm" onClick={download}>
            <Download size={16} aria-hidden="true" className="me-2 inline" />
            {kept || problem?.kind === "failed" ? t("resume") : t("makeAvailable")}
          </Button>
        ) : null}
        {kept && !progress ? (
          <RemoveKeptCourse
            title={course.title}
            onRemove={() => send({ type: "offline-remove", courseId: course.id })}
          />
        ) : null}
      </div>
      <DownloadFrame contentOrigin={contentOrigin} frame={frame} />
    </section>
  );
}
