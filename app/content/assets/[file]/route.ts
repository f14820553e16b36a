import { readFile } from "node:fs/promises";
import path from "node:path";

// The SCORM runtime's scripts, served from the content origin for the SCO's frame: scorm-again's APIs and
// the session runtime (lib/scorm/content-runtime.js), what it keeps on the device (device-queue.js) and the course
// page's sync frame (sync-frame.js), and the download frame of courses kept for offline use (download-frame.js).
const root = /* turbopackIgnore: true */ process.cwd();
const FILES: Record<string, string> = {
  "scorm12.js": path.join(root, "node_modules", "scorm-again", "dist", "scorm12.min.js"),
  "scorm2004.js": path.join(root, "node_modules", "scorm-again", "dist", "scorm2004.min.js"),
  "scorm-runtime.js": path.join(root, "lib", "scorm", "content-runtime.js"),
  "scorm-device-queue.js": path.join(root, "lib", "scorm", "device-queue.js"),
  "scorm-sync.js": path.join(root, "lib", "scorm", "sync-frame.js"),
  "offline-download.js": path.join(root, "lib", "offline", "download-frame.js"),
};
const cache = new Map<string, Promise<Buffer>>();

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const location = Object.hasOwn(FILES, file) ? FILES[file] : undefined;
  if (!location) return new Response("Not found", { status: 404 });
  if (!cache.has(file)) cache.set(file, readFile(location));
  return new Response(Buffer.from(await cache.get(file)!), {
    headers: {
      "Content-Type": "text/javascript; charset=utf-8",
      "Cache-Control": "public, max-age=300",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
