// The pure rules of module content: ranges a browser asks for, segments the player reports, captions and the
// types told by the bytes, and the privacy-enhanced embeds of external videos.
import { zipSync, strToU8 } from "fflate";
import { parseRange } from "@/lib/modules/byte-range";
import { embedAddress } from "@/lib/modules/external-video";
import { detectResourceType, detectVideoType } from "@/lib/modules/file-types";
import { believableSegments, mergeSegments } from "@/lib/modules/watched-segments";
import { checkWebVtt } from "@/lib/modules/webvtt";

describe("range requests", () => {
  it("answers one range, a suffix, the whole file or unsatisfiable", () => {
    expect(parseRange("bytes=0-99", 1000)).toEqual({ kind: "part", start: 0, end: 99 });
    expect(parseRange("bytes=900-", 1000)).toEqual({ kind: "part", start: 900, end: 999 });
    expect(parseRange("bytes=-100", 1000)).toEqual({ kind: "part", start: 900, end: 999 });
    expect(parseRange("bytes=0-10,20-30", 1000)).toEqual({ kind: "whole" });
    expect(parseRange(null, 1000)).toEqual({ kind: "whole" });
    expect(parseRange("bytes=1000-", 1000)).toEqual({ kind: "unsatisfiable" });
  });
});

describe("watched segments", () => {
  it("merges what was played and believes no more than the time allows", () => {
    expect(
      mergeSegments([
        [10, 20],
        [0, 5],
        [4, 11],
      ]),
    ).toEqual([[0, 20]]);
    expect(believableSegments([[0, 100]], 60, 10)).toEqual([[0, 22]]);
    expect(believableSegments([[50, 70]], 60, 100)).toEqual([[50, 60]]);
  });
});

describe("captions and file types", () => {
  const text = (value: string) => new TextEncoder().encode(value);
  it("accepts WebVTT and refuses SRT, disordered cues and non-UTF-8", () => {
    expect(
      checkWebVtt(text("WEBVTT\n\n00:00.000 --> 00:01.500\nHello\n\n01:00:00.000 --> 01:00:01.000 line:0\nBye")),
    ).toBe(2);
    expect(checkWebVtt(text("1\n00:00:01,000 --> 00:00:02,000\nSRT"))).toBeNull();
    expect(checkWebVtt(text("WEBVTT\n\n00:02.000 --> 00:01.000\nBackwards"))).toBeNull();
    expect(checkWebVtt(new Uint8Array([0x57, 0x45, 0x42, 0x56, 0x54, 0x54, 0x0a, 0xff]))).toBeNull();
  });

  it("tells videos and documents by their bytes", () => {
    expect(detectVideoType(new Uint8Array([0, 0, 0, 0x18, ...text("ftypisom")]))).toBe("video/mp4");
    expect(detectVideoType(text("%PDF-1.7"))).toBeNull();
    expect(detectResourceType(text("%PDF-1.7\n"))).toBe("pdf");
    const docx = zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "word/document.xml": strToU8("<w/>") });
    expect(detectResourceType(docx)).toBe("docx");
    expect(detectResourceType(zipSync({ "evil.exe": strToU8("MZ") }))).toBeNull();
    expect(detectResourceType(new Uint8Array([0x4d, 0x5a]))).toBeNull();
  });
});

describe("external videos", () => {
  it("embeds YouTube and Vimeo with their privacy-enhanced players only", () => {
    expect(embedAddress("https://www.youtube.com/watch?v=dQw4w9WgXcQ")).toBe(
      "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
    );
    expect(embedAddress("https://youtu.be/dQw4w9WgXcQ")).toBe("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
    expect(embedAddress("https://vimeo.com/123456789")).toBe("https://player.vimeo.com/video/123456789?dnt=1");
    expect(embedAddress("http://www.youtube.com/watch?v=dQw4w9WgXcQ")).toBeNull();
    expect(embedAddress("https://evil.example/watch?v=dQw4w9WgXcQ")).toBeNull();
  });
});
