// One backup is one gzip-compressed tar archive of a folder: written from a staging folder, and read back into
// one, refusing any entry that is not a plain file or whose path would leave it.
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, stat } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import tar from "tar-stream";
import { listFiles, safeArchivePath } from "./content-files";

export async function packFolder(folder: string, archive: string): Promise<void> {
  const pack = tar.pack();
  const writing = pipeline(pack, createGzip(), createWriteStream(archive, { mode: 0o600 }));
  for (const relative of await listFiles(folder)) {
    const file = path.join(folder, relative);
    const { size } = await stat(file);
    const entry = pack.entry({ name: relative, size, mode: 0o600 });
    await pipeline(createReadStream(file), entry);
  }
  pack.finalize();
  await writing;
}

export async function unpackArchive(archive: string, folder: string): Promise<void> {
  const extract = tar.extract();
  const reading = pipeline(createReadStream(archive), createGunzip(), extract);
  for await (const entry of extract) {
    const relative = safeArchivePath(entry.header.name);
    if (entry.header.type === "directory") {
      entry.resume();
      continue;
    }
    if (entry.header.type !== "file" || !relative) throw new Error(`Refused archive entry: ${entry.header.name}`);
    const target = path.join(folder, relative);
    await mkdir(path.dirname(target), { recursive: true });
    await pipeline(entry, createWriteStream(target, { mode: 0o600 }));
  }
  await reading;
}
