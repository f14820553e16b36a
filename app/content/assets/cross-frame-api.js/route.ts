import { readFile } from "node:fs/promises";
import path from "node:path";

// scorm-again's cross-frame client, served from the content origin for the player wrapper.
const file = readFile(path.join(/* turbopackIgnore: true */ process.cwd(), "node_modules", "scorm-again", "dist", "cross-frame-api.min.js"));

export async function GET() {
  return new Response(Buffer.from(await file), {
    headers: { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "public, max-age=86400", "X-Content-Type-Options": "nosniff" },
  });
}
