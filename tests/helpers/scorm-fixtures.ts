// Small SCORM packages built in the tests (no binary fixtures): a SCORM 1.2 SCO that records progress and
// completes on a button, and a multi-SCO SCORM 2004 package.
import { strToU8, zipSync } from "fflate";

/** A SCO page that finds the 1.2 API, resumes at the stored location and completes on "I have finished". */
export const SCO_12_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lesson</title></head><body>
<h1>Customs valuation in five minutes</h1>
<p id="where"></p>
<button id="next" type="button">Next page</button>
<button id="finish" type="button">I have finished</button>
<p id="done" hidden>Finished</p>
<script>
function findAPI(w) { var n = 0; while (w && !w.API && w.parent && w.parent !== w && n < 10) { w = w.parent; n++; } return w && w.API; }
var api = findAPI(window);
api.LMSInitialize("");
document.getElementById("where").textContent = "Location: " + (api.LMSGetValue("cmi.core.lesson_location") || "start");
document.getElementById("next").onclick = function () { api.LMSSetValue("cmi.core.lesson_location", "page-2"); api.LMSSetValue("cmi.core.lesson_status", "incomplete"); api.LMSCommit(""); };
document.getElementById("finish").onclick = function () {
  api.LMSSetValue("cmi.core.lesson_status", "passed"); api.LMSSetValue("cmi.core.score.raw", "90"); api.LMSCommit(""); api.LMSFinish("");
  document.getElementById("done").hidden = false;
};
</script></body></html>`;

export function scorm12Package(title = "Valuation basics"): Uint8Array {
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="valuation" version="1" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
  <organizations default="org"><organization identifier="org"><title>${title}</title>
    <item identifier="item1" identifierref="res1"><title>${title}</title></item>
  </organization></organizations>
  <resources><resource identifier="res1" type="webcontent" adlcp:scormtype="sco" href="index.html"><file href="index.html"/></resource></resources>
</manifest>`;
  return zipSync({ "imsmanifest.xml": strToU8(manifest), "index.html": strToU8(SCO_12_PAGE) });
}

export function scorm2004Package(): Uint8Array {
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="hs" version="1" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3">
  <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
  <organizations default="org"><organization identifier="org"><title>Harmonized System</title>
    <item identifier="one" identifierref="r1"><title>Sections and chapters</title></item>
    <item identifier="two" identifierref="r2"><title>General Interpretative Rules</title></item>
  </organization></organizations>
  <resources>
    <resource identifier="r1" type="webcontent" adlcp:scormType="sco" href="one/index.html"><file href="one/index.html"/></resource>
    <resource identifier="r2" type="webcontent" adlcp:scormType="sco" href="two/index.html"><file href="two/index.html"/></resource>
  </resources>
</manifest>`;
  return zipSync({ "imsmanifest.xml": strToU8(manifest), "one/index.html": strToU8("<p>One</p>"), "two/index.html": strToU8("<p>Two</p>") });
}

export function zipSlipPackage(): Uint8Array {
  return zipSync({ "imsmanifest.xml": strToU8("<manifest/>"), "../evil.html": strToU8("<p>evil</p>") });
}
