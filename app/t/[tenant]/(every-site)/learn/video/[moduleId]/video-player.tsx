"use client";
import { useEffect, useRef, useState } from "react";

type Segment = [number, number];

// Plays the video from the content origin and tells the server what was played: every few seconds while
// playing, on pause, at the end and when the page is left, the segments played since the last report (a seek
// closes one). The server decides how much counts as watched and when the module is complete. A guest's player
// (reports false) tells nothing.
export function VideoPlayer(props: {
  moduleId: string;
  reports: boolean;
  src: string;
  type: string;
  positionSeconds: number;
  watchedPercent: number;
  completed: boolean;
  captions: Array<{ locale: string; src: string; label: string; default: boolean }>;
  labels: { rule: string; watched: string; completed: string; video: string };
}) {
  const video = useRef<HTMLVideoElement>(null);
  const [watched, setWatched] = useState(props.watchedPercent);
  const [completed, setCompleted] = useState(props.completed);

  useEffect(() => {
    const element = video.current;
    if (!element) return;
    const pending: Segment[] = [];
    let current: Segment | null = null;
    let sending = false;
    const close = () => {
      if (current && current[1] > current[0]) pending.push(current);
      current = null;
    };
    const report = async (leaving = false) => {
      close();
      if (!props.reports) return;
      if (sending && !leaving) return;
      const segments = pending.splice(0, pending.length);
      sending = true;
      try {
        const response = await fetch(`/api/learn/video/${props.moduleId}/progress`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ segments, position: element.currentTime }),
          keepalive: true,
        });
        if (!response.ok) throw new Error(String(response.status));
        const answer = (await response.json()) as { watchedPercent: number; completed: boolean };
        setWatched(answer.watchedPercent);
        setCompleted(answer.completed);
      } catch {
        pending.unshift(...segments);
      } finally {
        sending = false;
      }
    };
    const onTime = () => {
      if (element.paused || element.seeking) return;
      const now = element.currentTime;
      if (current && now >= current[1] && now - current[1] < 1.5) current[1] = now;
      else {
        close();
        current = [now, now];
      }
    };
    const onLoaded = () => {
      if (props.positionSeconds > 0 && props.positionSeconds < element.duration - 1)
        element.currentTime = props.positionSeconds;
    };
    const onPause = () => void report();
    const onLeave = () => void report(true);
    element.addEventListener("timeupdate", onTime);
    element.addEventListener("seeking", close);
    element.addEventListener("pause", onPause);
    element.addEventListener("ended", onPause);
    element.addEventListener("loadedmetadata", onLoaded);
    window.addEventListener("pagehide", onLeave);
    const timer = window.setInterval(() => {
      if (!element.paused) void report();
    }, 5000);
    if (element.readyState >= 1) onLoaded();
    return () => {
      window.clearInterval(timer);
      element.removeEventListener("timeupdate", onTime);
      element.removeEventListener("seeking", close);
      element.removeEventListener("pause", onPause);
      element.removeEventListener("ended", onPause);
      element.removeEventListener("loadedmetadata", onLoaded);
      window.removeEventListener("pagehide", onLeave);
    };
  }, [props.moduleId, props.positionSeconds, props.reports]);

  return (
    <div className="space-y-2">
      <video
        ref={video}
        controls
        crossOrigin="anonymous"
        preload="metadata"
        className="w-full max-w-3xl rounded bg-black"
        aria-label={props.labels.video}
        data-testid="module-video"
      >
        <source src={props.src} type={props.type} />
        {props.captions.map((c) => (
          <track key={c.locale} kind="captions" src={c.src} srcLang={c.locale} label={c.label} default={c.default} />
        ))}
      </video>
      {props.reports ? (
        <>
          <p className="text-sm text-slate-700">{props.labels.rule}</p>
          <p role="status" className="font-medium" data-testid="video-progress">
            {completed ? props.labels.completed : props.labels.watched.replace("{percent}", String(watched))}
          </p>
        </>
      ) : null}
    </div>
  );
}
