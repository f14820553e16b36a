// What a learner has watched of a video, decided on the server: the player reports the segments it played
// since its last report, and each is believed only as far as the time that passed since then allows (at the
// fastest playback rate the player offers, with a little slack). Seeking ahead therefore never counts as
// watching, and neither does one report claiming the whole video.
export type Segment = [number, number];

/** The fastest rate the player offers; a segment longer than the elapsed time at this rate is cut. */
export const MAX_PLAYBACK_RATE = 2;
const SLACK_SECONDS = 2;

/** Sorted, merged segments (touching or overlapping ones joined). */
export function mergeSegments(segments: Segment[]): Segment[] {
  const sorted = segments.filter(([start, end]) => end > start).sort((a, b) => a[0] - b[0]);
  const merged: Segment[] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1] + 0.5) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

export const watchedSeconds = (segments: Segment[]) => segments.reduce((total, [start, end]) => total + end - start, 0);

/**
 * The reported segments that can be believed: inside the video, and together no longer than the time since
 * the previous report allows.
 */
export function believableSegments(reported: Segment[], durationSeconds: number, elapsedSeconds: number): Segment[] {
  let budget = Math.max(0, elapsedSeconds) * MAX_PLAYBACK_RATE + SLACK_SECONDS;
  const believed: Segment[] = [];
  for (const [rawStart, rawEnd] of reported) {
    const start = Math.max(0, Math.min(rawStart, durationSeconds));
    const end = Math.max(start, Math.min(rawEnd, durationSeconds, start + budget));
    if (end > start) believed.push([start, end]);
    budget -= end - start;
    if (budget <= 0) break;
  }
  return believed;
}

/** Whether the share watched reaches the author's threshold (a percentage of the video's length). */
export const reachesThreshold = (watched: number, durationSeconds: number, percent: number) =>
  durationSeconds > 0 && watched >= (durationSeconds * percent) / 100 - 0.25;
