// A video's length in seconds, read from the file's own header: the movie header ("mvhd") of an MP4, the
// segment information (TimecodeScale and Duration) of a WebM. The server decides completion from it, so the
// learner's player never says how long the video is.
import type { VideoType } from "./file-types";

export function videoDuration(bytes: Uint8Array, type: VideoType): number | null {
  return type === "video/mp4" ? mp4Duration(bytes) : webmDuration(bytes);
}

function mp4Duration(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const box = (from: number, to: number, type: string): [number, number] | null => {
    for (let at = from; at + 8 <= to;) {
      let size = view.getUint32(at);
      const name = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
      let header = 8;
      if (size === 1) {
        size = Number(view.getBigUint64(at + 8));
        header = 16;
      } else if (size === 0) size = to - at;
      if (size < header) return null;
      if (name === type) return [at + header, Math.min(at + size, to)];
      at += size;
    }
    return null;
  };
  const moov = box(0, bytes.length, "moov");
  const mvhd = moov && box(moov[0], moov[1], "mvhd");
  if (!mvhd) return null;
  const [at] = mvhd;
  const version = bytes[at];
  const timescale = version === 1 ? view.getUint32(at + 20) : view.getUint32(at + 12);
  const duration = version === 1 ? Number(view.getBigUint64(at + 24)) : view.getUint32(at + 16);
  return timescale > 0 && duration > 0 ? duration / timescale : null;
}

/** EBML: a variable-length id, a variable-length size, then the data. */
function webmDuration(bytes: Uint8Array): number | null {
  const vint = (at: number, keepMarker: boolean): [number, number] | null => {
    const first = bytes[at];
    if (first === undefined || first === 0) return null;
    let length = 1;
    while (!(first & (0x80 >> (length - 1)))) length++;
    let value = keepMarker ? first : first & (0xff >> length);
    for (let i = 1; i < length; i++) value = value * 256 + (bytes[at + i] ?? 0);
    return [value, length];
  };
  const SEGMENT = 0x18538067;
  const INFO = 0x1549a966;
  const children = (from: number, to: number, wanted: number[]): Map<number, [number, number]> => {
    const found = new Map<number, [number, number]>();
    for (let at = from; at < to;) {
      const id = vint(at, true);
      const size = id && vint(at + id[1], false);
      if (!id || !size) break;
      const start = at + id[1] + size[1];
      // An unknown size (all ones) runs to the end of its parent.
      const unknown = size[0] === 2 ** (7 * size[1]) - 1;
      const end = unknown ? to : Math.min(start + size[0], to);
      if (wanted.includes(id[0])) found.set(id[0], [start, end]);
      if (found.size === wanted.length) break;
      at = end;
    }
    return found;
  };
  const segment = children(0, bytes.length, [SEGMENT]).get(SEGMENT);
  const info = segment && children(segment[0], segment[1], [INFO]).get(INFO);
  if (!info) return null;
  const fields = children(info[0], info[1], [0x2ad7b1, 0x4489]);
  const scale = fields.get(0x2ad7b1);
  const duration = fields.get(0x4489);
  if (!duration) return null;
  let nanosPerTick = 1_000_000;
  if (scale) {
    nanosPerTick = 0;
    for (let i = scale[0]; i < scale[1]; i++) nanosPerTick = nanosPerTick * 256 + bytes[i];
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = duration[1] - duration[0];
  const ticks = length === 8 ? view.getFloat64(duration[0]) : length === 4 ? view.getFloat32(duration[0]) : NaN;
  const seconds = (ticks * nanosPerTick) / 1e9;
  return Number.isFinite(seconds) && seconds > 0 ? seconds : null;
}
