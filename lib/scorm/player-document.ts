// The SCO's frame on the content origin: the page that runs the SCORM runtime (scorm-again,
// lib/scorm/content-runtime.js) with its launch settings and loads the SCO inside it, for a learner's launch
// (app/content/player) or a guest's (app/content/guest-player). Only the platform origin of the launch may
// frame it; the platform's cookies never reach this origin.
import { frameDocument } from "./frame-document";

export function playerDocument(launch: { version: "1.2" | "2004" } & Record<string, unknown>, origin: string) {
  return frameDocument(origin, {
    head: `<meta name="viewport" content="width=device-width, initial-scale=1">
<title>SCORM</title>
<style>html,body{margin:0;height:100%}iframe{border:0;width:100%;height:100%;display:block}</style>
`,
    body: `<iframe id="sco" title="SCO"></iframe>\n`,
    settings: { id: "scorm-launch", value: launch },
    scripts: [
      `/assets/${launch.version === "1.2" ? "scorm12.js" : "scorm2004.js"}`,
      "/assets/scorm-device-queue.js",
      "/assets/scorm-runtime.js",
    ],
    // Its own scripts only; the SCO in the frame is the package's (same origin: 'self').
    policy: "default-src 'self'; style-src 'unsafe-inline'; object-src 'none'; frame-src 'self'; connect-src 'self'",
  });
}
