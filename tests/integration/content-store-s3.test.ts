// The content store on an S3-compatible service: the same behaviour as on local disk, against a real
// S3 protocol server (s3rver) started for the test, through the store the platform selects by configuration.
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import S3rver from "s3rver";
import { listStored, openStored, readStoredFile, removeStored, storeFiles, storeStream } from "@/lib/content-store";
import { freePort } from "../../scripts/lib/free-port.mjs";

const key = "scorm/5d9d3f0c-1b7e-4d39-9a0e-2f6c1c2b7a11";
let server: S3rver;
const saved = { ...process.env };

beforeAll(async () => {
  const port = await freePort();
  server = new S3rver({
    port,
    address: "127.0.0.1",
    directory: await mkdtemp(path.join(os.tmpdir(), "s3rver-")),
    silent: true,
    configureBuckets: [{ name: "course-content" }],
  });
  await server.run();
  Object.assign(process.env, {
    CONTENT_STORE: "s3",
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_BUCKET: "course-content",
    S3_ACCESS_KEY_ID: "S3RVER",
    S3_SECRET_ACCESS_KEY: "S3RVER",
  });
});

afterAll(async () => {
  process.env = saved;
  await server.close();
});

describe("content store on an S3-compatible service", () => {
  it("stores a package's files, reads them back byte for byte, and removes them all", async () => {
    const files = new Map([
      ["imsmanifest.xml", new TextEncoder().encode("<manifest/>")],
      ["sco one/index.html", new TextEncoder().encode("<p>Système harmonisé</p>")],
      ["media/clip.bin", Uint8Array.from({ length: 70_000 }, (_, i) => i % 251)],
    ]);
    await storeFiles(key, files);
    for (const [name, bytes] of files) expect(await readStoredFile(key, name)).toEqual(bytes);
    expect(await readStoredFile(key, "missing.html")).toBeNull();
    await removeStored(key);
    for (const name of files.keys()) expect(await readStoredFile(key, name)).toBeNull();
  });

  it("refuses keys and paths that would leave the package, before any request", async () => {
    await expect(storeFiles(key, new Map([["../escape.html", new Uint8Array([1])]]))).rejects.toThrow(/Refused path/);
    await expect(storeFiles("../scorm", new Map([["a.html", new Uint8Array([1])]]))).rejects.toThrow(
      /Refused content store key/,
    );
    expect(await readStoredFile(key, "../../other/secret")).toBeNull();
  });

  it("lists and streams files under S3_PREFIX, and leaves objects outside the platform's keys out", async () => {
    process.env.S3_PREFIX = "clikc/";
    try {
      const video = Buffer.from(Uint8Array.from({ length: 3_000_000 }, (_, i) => (i * 7) % 256));
      await storeStream(
        key,
        "lecture.webm",
        Readable.from([video.subarray(0, 1_000_000), video.subarray(1_000_000)]),
        video.length,
      );
      await storeFiles(key, new Map([["captions/fr.vtt", new TextEncoder().encode("WEBVTT")]]));
      // Another application's object in the same folder of the bucket.
      await fetch(`${process.env.S3_ENDPOINT}/course-content/clikc/notes.txt`, { method: "PUT", body: "x" });

      const listed = [];
      for await (const file of listStored()) listed.push(file);
      expect(listed).toEqual([
        { key, path: "captions/fr.vtt", bytes: 6 },
        { key, path: "lecture.webm", bytes: video.length },
      ]);
      const opened = await openStored(key, "lecture.webm");
      const chunks: Buffer[] = [];
      for await (const chunk of opened!.body) chunks.push(chunk as Buffer);
      expect(opened!.bytes).toBe(video.length);
      expect(Buffer.concat(chunks).equals(video)).toBe(true);
      const bucket = await (await fetch(`${process.env.S3_ENDPOINT}/course-content?list-type=2`)).text();
      expect(bucket).toContain(`<Key>clikc/${key}/lecture.webm</Key>`);
      await removeStored(key);
      expect(await openStored(key, "lecture.webm")).toBeNull();
    } finally {
      delete process.env.S3_PREFIX;
    }
  });
});
