// The demo's video and PDF resources, made on this machine by the seed: a 20-second WebM (VP8 and Opus,
// 320×180, about 350 KB) encoded with the ffmpeg binary that the @ffmpeg-installer npm package ships (nothing
// downloaded at start), captions in every language written here, and a one-page PDF per language rendered
// with react-pdf and the project's fonts.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { Worker } from "node:worker_threads";
import type { Locale } from "../../../lib/i18n/locales";
import { DEMO_TEXTS } from "./texts";

export const DEMO_VIDEO_SECONDS = 20;

/** Encodes the demo video in a child process, so the seed's other generators go on meanwhile. */
export async function demoVideo(): Promise<Uint8Array> {
  const require = createRequire(__filename);
  const ffmpeg = (require("@ffmpeg-installer/ffmpeg") as { path: string }).path;
  const font = require.resolve("@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf");
  const folder = await mkdtemp(path.join(os.tmpdir(), "demo-video-"));
  const out = path.join(folder, "demo.webm");
  try {
    await promisify(execFile)(ffmpeg, [
      "-hide_banner",
      "-loglevel",
      "error",
      "-f",
      "lavfi",
      "-i",
      `testsrc2=size=320x180:rate=12:duration=${DEMO_VIDEO_SECONDS}`,
      "-f",
      "lavfi",
      "-i",
      `sine=frequency=440:duration=${DEMO_VIDEO_SECONDS}`,
      "-vf",
      `drawtext=fontfile=${font}:text='CLiKC! %{pts\\:hms}':x=10:y=10:fontsize=18:fontcolor=white:box=1:boxcolor=black@0.6`,
      "-c:v",
      "libvpx",
      "-b:v",
      "100k",
      "-deadline",
      "realtime",
      "-cpu-used",
      "8",
      "-g",
      "12",
      "-c:a",
      "libopus",
      "-b:a",
      "24k",
      "-shortest",
      out,
    ]);
    return new Uint8Array(await readFile(out));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

const stamp = (seconds: number) => `00:${String(Math.floor(seconds)).padStart(2, "0")}.000`;

/** Four cues over the demo video, in one language. */
export function demoCaptions(locale: Locale): Uint8Array {
  const quarter = DEMO_VIDEO_SECONDS / 4;
  const cues = DEMO_TEXTS[locale].captions.map(
    (text, i) => `${i + 1}\n${stamp(i * quarter)} --> ${stamp((i + 1) * quarter - 0.001)}\n${text}\n`,
  );
  return new TextEncoder().encode(`WEBVTT\n\n${cues.join("\n")}`);
}

/**
 * A one-page PDF per language (the resource's heading and text), rendered by react-pdf on a worker thread
 * (demo-pdf-worker.mjs) while the seed goes on: one thread for them all, which loads the renderer and its fonts
 * once.
 */
export function demoPdfs(locales: readonly Locale[]): Promise<Map<Locale, Uint8Array>> {
  const pdfs = new Map<Locale, Uint8Array>();
  if (!locales.length) return Promise.resolve(pdfs);
  const documents = locales.map((locale) => ({
    locale,
    title: DEMO_TEXTS[locale].resource,
    paragraphs: DEMO_TEXTS[locale].pages,
    closing: DEMO_TEXTS[locale].resourceBody,
  }));
  return new Promise((resolve, reject) => {
    // Without the seed's TypeScript loader (execArgv): the worker is plain ESM, and the loader's hooks on each of
    // react-pdf's modules cost more than the rendering.
    const worker = new Worker(path.join(__dirname, "demo-pdf-worker.mjs"), { workerData: documents, execArgv: [] });
    worker.on("message", ({ locale, pdf }: { locale: Locale; pdf: Uint8Array }) => pdfs.set(locale, pdf));
    worker.on("error", reject);
    worker.on("exit", (code) =>
      pdfs.size === locales.length ? resolve(pdfs) : reject(new Error(`The PDF worker stopped (exit code ${code})`)),
    );
  });
}
