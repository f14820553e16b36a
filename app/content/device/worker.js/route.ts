import { readFile } from "node:fs/promises";
import path from "node:path";

// The device's worker on the content origin (lib/offline/device-worker.js, ADR 0051), scope /device/: it serves only
// the files of courses downloaded for offline use, from this device's storage.
const file = path.join(/* turbopackIgnore: true */ process.cwd(), "lib", "offline", "device-worker.js");
let script: Promise<Buffer> | null = null;

export async function GET() {
  script ??= readFile(file);
  return new Response(Buffer.from(await script), {
    headers: {
      "Content-Type": "text/javascript; charset=utf-8",
      "Cache-Control": "no-cache",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
