// HTTP range requests (RFC 9110 §14) for a module's files: one range per request, as browsers ask for media
// ("bytes=0-", "bytes=1000-1999", "bytes=-500"). Several ranges, or a malformed header, answer the whole file;
// a range outside the file is unsatisfiable (416).
export type RangeAnswer = { kind: "whole" } | { kind: "part"; start: number; end: number } | { kind: "unsatisfiable" };

/** The most one answer carries, so a "bytes=0-" of a long video does not read it all at once. */
export const MAX_PART_BYTES = 4 * 1024 * 1024;

export function parseRange(header: string | null, size: number): RangeAnswer {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match || (match[1] === "" && match[2] === "")) return { kind: "whole" };
  let start: number;
  let end: number;
  if (match[1] === "") {
    const suffix = Number(match[2]);
    if (suffix === 0) return { kind: "unsatisfiable" };
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === "" ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  if (start >= size || end < start) return { kind: "unsatisfiable" };
  return { kind: "part", start, end: Math.min(end, start + MAX_PART_BYTES - 1) };
}
