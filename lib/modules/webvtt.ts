// Captions are WebVTT files: checked on upload so a learner's player never receives a broken track. The
// file must be UTF-8 text that starts with "WEBVTT" and whose cues have well-formed, ordered timings.
const TIMING = /^((?:\d{2,}:)?[0-5]\d:[0-5]\d\.\d{3}) --> ((?:\d{2,}:)?[0-5]\d:[0-5]\d\.\d{3})(?:[ \t].*)?$/;

const seconds = (stamp: string) =>
  stamp
    .split(":")
    .map(Number)
    .reduce((total, part) => total * 60 + part, 0);

/** The number of cues when the text is valid WebVTT with at least one cue; null otherwise. */
export function checkWebVtt(bytes: Uint8Array): number | null {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (!/^WEBVTT(?:[ \t][^\n]*)?(?:\n|$)/.test(text) || text.includes("\0")) return null;
  let cues = 0;
  for (const line of text.split("\n")) {
    if (!line.includes("-->")) continue;
    const match = TIMING.exec(line.trim());
    if (!match || seconds(match[2]) < seconds(match[1])) return null;
    cues++;
  }
  return cues > 0 ? cues : null;
}
