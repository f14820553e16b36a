import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import {
  listStored,
  openStored,
  readStoredFile,
  removeStored,
  resolveInStore,
  storeFiles,
  storeStream,
} from "./local-store";

const key = "scorm/0b0e7a52-6f2a-4d1e-9a55-3f1d2c4b5a69";

describe("content store on local disk", () => {
  beforeAll(async () => {
    process.env.CONTENT_STORE_DIR = await mkdtemp(path.join(os.tmpdir(), "content-store-"));
  });

  it("keeps files under their key and reads them back", async () => {
    await storeFiles(
      key,
      new Map([
        ["index.html", new TextEncoder().encode("<p>hi</p>")],
        ["media/a b.txt", new Uint8Array([1, 2])],
      ]),
    );
    expect(new TextDecoder().decode((await readStoredFile(key, "index.html"))!)).toBe("<p>hi</p>");
    expect(await readStoredFile(key, "media/a b.txt")).toEqual(new Uint8Array([1, 2]));
    await removeStored(key);
    expect(await readStoredFile(key, "index.html")).toBeNull();
  });

  it("never resolves a path outside the key's folder", () => {
    for (const bad of ["../other/x", "../../etc/passwd", "/etc/passwd", "a\\..\\..\\x", "a\0b", ""])
      expect(resolveInStore(key, bad)).toBeNull();
    expect(resolveInStore("../scorm/x", "index.html")).toBeNull();
    expect(resolveInStore(key, "sco/./index.html")).toMatch(/sco\/index\.html$/);
  });

  it("lists every stored file by key and path, and streams one in and out in chunks", async () => {
    const other = "video/6a1f0d7e-2b3c-4d5e-8f90-a1b2c3d4e5f6";
    await storeFiles(key, new Map([["sco/index.html", new TextEncoder().encode("<p>hi</p>")]]));
    const chunks = [Buffer.alloc(100_000, 1), Buffer.alloc(50_000, 2)];
    await storeStream(other, "lecture.webm", Readable.from(chunks), 150_000);
    // A file outside any key's folder is not one of the store's.
    await writeFile(path.join(process.env.CONTENT_STORE_DIR!, "notes.txt"), "x");

    const listed = [];
    for await (const file of listStored()) listed.push(file);
    expect(listed).toEqual([
      { key, path: "sco/index.html", bytes: 9 },
      { key: other, path: "lecture.webm", bytes: 150_000 },
    ]);
    const opened = await openStored(other, "lecture.webm");
    const read: Buffer[] = [];
    for await (const chunk of opened!.body) read.push(chunk as Buffer);
    expect(opened!.bytes).toBe(150_000);
    expect(Buffer.concat(read).equals(Buffer.concat(chunks))).toBe(true);
    expect(await openStored(other, "missing.webm")).toBeNull();
    await expect(storeStream(other, "short.webm", Readable.from([Buffer.alloc(3)]), 4)).rejects.toThrow(/3 bytes of 4/);
    await expect(storeStream(other, "../x", Readable.from([]), 0)).rejects.toThrow(/Refused path/);
    await removeStored(key);
    await removeStored(other);
  });
});
