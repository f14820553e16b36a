import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { readStoredFile, removeStored, resolveInStore, storeFiles } from "./local-store";

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
});
