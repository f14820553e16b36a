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
import { createElement as h } from "react";
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

/** A one-page PDF in one language: the resource's heading and text. */
export async function demoPdf(locale: Locale): Promise<Uint8Array> {
  const { Document, Page, Text, renderToBuffer } = await import("@react-pdf/renderer");
  const { registerFonts, BODY_FONT } = (await import("../../../lib/pdf/fonts.mjs")) as {
    registerFonts: () => void;
    BODY_FONT: string[];
  };
  registerFonts();
  const texts = DEMO_TEXTS[locale];
  const rtl = locale === "ar";
  const style = { fontFamily: BODY_FONT, textAlign: rtl ? ("right" as const) : ("left" as const) };
  const document = h(
    Document,
    { title: texts.resource, language: locale },
    h(
      Page,
      { size: "A4", style: { padding: 48, ...style } },
      h(Text, { style: { fontSize: 22, fontWeight: 700, marginBottom: 16 } }, texts.resource),
      ...texts.pages.map((text, i) => h(Text, { key: i, style: { fontSize: 12, marginBottom: 8 } }, text)),
      h(Text, { style: { fontSize: 12, marginTop: 12 } }, texts.resourceBody),
    ),
  );
  return new Uint8Array(await renderToBuffer(document));
}
