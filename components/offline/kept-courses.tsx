"use client";

import { useTranslations } from "next-intl";
import { useState, useSyncExternalStore } from "react";
import { Link } from "@/components/ui/link";
import { DownloadFrame, useSize } from "./download-frame";
import { notedKept, useOfflineFrame } from "./offline-frame";
import { RemoveKeptCourse } from "./remove-kept-course";

const subscribeToNothing = () => () => {};

/**
 * The dashboard's list of the courses kept on this device for offline use, with their size and "Remove" (ADR 0051).
 * The frame asks the server about their grants at each connection first: a revoked course leaves the list. Drawn,
 * and the frame loaded, only when a course page noted that this device keeps something.
 */
export function KeptCourses({ contentOrigin }: { contentOrigin: string }) {
  const t = useTranslations("OfflineDownload");
  const size = useSize();
  const { frame, state, send } = useOfflineFrame(contentOrigin);
  const noted = useSyncExternalStore(subscribeToNothing, notedKept, () => 0);
  // Once drawn it stays for this page view, so a course removed or revoked is seen to leave the list.
  const [shown, setShown] = useState(false);
  if (noted > 0 && !shown) setShown(true);
  if (!shown) return null;
  return (
    <section aria-labelledby="kept-courses-title" className="space-y-2" data-testid="kept-courses">
      <h2 id="kept-courses-title" className="text-lg font-semibold">
        {t("listTitle")}
      </h2>
      {state.deviceId === null && !state.unavailable ? null : state.courses.length ? (
        <ul className="space-y-2">
          {state.courses.map((course) => (
            <li
              key={course.courseId}
              className="flex flex-wrap items-center gap-3 rounded border border-slate-200 bg-white p-3"
              data-testid="kept-course"
            >
              <Link href={`/courses/${course.courseId}`} className="flex-1 font-medium underline">
                {course.title}
              </Link>
              <span className="text-sm text-slate-600">
                {course.complete ? size(course.bytes) : t("incompleteShort", { size: size(course.bytes) })}
              </span>
              <RemoveKeptCourse
                title={course.title}
                onRemove={() => send({ type: "offline-remove", courseId: course.courseId })}
              />
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">{t(state.unavailable ? "unavailable" : "listEmpty")}</p>
      )}
      <DownloadFrame contentOrigin={contentOrigin} frame={frame} />
    </section>
  );
}
