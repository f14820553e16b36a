// A small but real SCORM package for a demo course, made by the seed (nothing downloaded, nothing committed but
// this code): one SCO of three pages and a scored quiz of three questions, in the course's languages (the
// learner's preferred language, else the course's first), that bookmarks the page it is on
// (lesson_location / location), resumes there, and reports its score against the course's pass mark (the
// manifest's mastery score in 1.2, the scaled passing score in 2004).
import { strToU8, zipSync } from "fflate";
import type { Locale } from "../../../lib/i18n/locales";
import { DEMO_TEXTS, SCORM_ANSWERS } from "./texts";

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function scoPage(version: "1.2" | "2004", titles: Partial<Record<Locale, string>>, languages: Locale[]): string {
  const texts = Object.fromEntries(languages.map((l) => [l, { ...DEMO_TEXTS[l], title: titles[l] ?? titles.en }]));
  const data = JSON.stringify({ version, texts, languages, answers: SCORM_ANSWERS }).replaceAll("<", "\\u003c");
  return `<!doctype html><html><head><meta charset="utf-8"><title>SCO</title>
<style>body{font-family:sans-serif;margin:1.5rem;line-height:1.5}button{margin:.25rem;padding:.4rem .8rem}</style></head>
<body><h1 id="title"></h1><p id="notice" hidden></p><main id="main"></main><nav id="nav"></nav>
<script>
var D = ${data};
function findAPI(w, name) { var n = 0; while (w && !w[name] && w.parent && w.parent !== w && n < 10) { w = w.parent; n++; } return w && w[name]; }
var v12 = D.version === "1.2";
var api = findAPI(window, v12 ? "API" : "API_1484_11");
function get(k) { return v12 ? api.LMSGetValue(k) : api.GetValue(k); }
function set(k, x) { return v12 ? api.LMSSetValue(k, String(x)) : api.SetValue(k, String(x)); }
function commit() { return v12 ? api.LMSCommit("") : api.Commit(""); }
v12 ? api.LMSInitialize("") : api.Initialize("");
var pref = (get(v12 ? "cmi.student_preference.language" : "cmi.learner_preference.language") || navigator.language || "").toLowerCase();
var lang = D.languages.filter(function (l) { return l.toLowerCase() === pref; })[0] || D.languages.filter(function (l) { return pref.indexOf(l.slice(0, 2)) === 0; })[0] || D.languages[0];
var T = D.texts[lang];
document.documentElement.lang = lang; document.documentElement.dir = lang === "ar" ? "rtl" : "ltr";
document.getElementById("title").textContent = T.title;
var mastery = v12 ? Number(get("cmi.student_data.mastery_score")) || 70 : Math.round((Number(get("cmi.scaled_passing_score")) || 0.7) * 100);
var bookmark = get(v12 ? "cmi.core.lesson_location" : "cmi.location");
var page = Math.max(0, Math.min(3, parseInt(bookmark, 10) || 0));
if (bookmark) { var n = document.getElementById("notice"); n.hidden = false; n.textContent = T.resume; }
function button(label, onClick, id) { var b = document.createElement("button"); b.type = "button"; b.textContent = label; b.onclick = onClick; if (id) b.id = id; return b; }
function show() {
  var main = document.getElementById("main"), nav = document.getElementById("nav");
  main.innerHTML = ""; nav.innerHTML = "";
  set(v12 ? "cmi.core.lesson_location" : "cmi.location", page);
  if (!v12) set("cmi.progress_measure", (page / 3).toFixed(2));
  commit();
  var h = document.createElement("h2");
  h.textContent = T.page + " " + (page + 1) + " " + T.of + " 4";
  main.appendChild(h);
  if (page < 3) {
    var p = document.createElement("p"); p.textContent = T.pages[page]; main.appendChild(p);
  } else {
    var q = document.createElement("h3"); q.textContent = T.quiz; main.appendChild(q);
    T.questions.forEach(function (text, i) {
      var f = document.createElement("fieldset"), l = document.createElement("legend"); l.textContent = text; f.appendChild(l);
      [["true", T.yes], ["false", T.no]].forEach(function (o) {
        var lab = document.createElement("label"), r = document.createElement("input");
        r.type = "radio"; r.name = "q" + i; r.value = o[0]; lab.appendChild(r); lab.appendChild(document.createTextNode(" " + o[1])); f.appendChild(lab);
      });
      main.appendChild(f);
    });
    main.appendChild(button(T.submit, submit, "submit"));
    var out = document.createElement("p"); out.id = "result"; out.setAttribute("role", "status"); main.appendChild(out);
  }
  if (page > 0) nav.appendChild(button(T.previous, function () { page--; show(); }));
  if (page < 3) nav.appendChild(button(T.next, function () { page++; show(); }, "next"));
}
function submit() {
  var right = 0;
  D.answers.forEach(function (a, i) { var c = document.querySelector('input[name="q' + i + '"]:checked'); if (c && (c.value === "true") === a) right++; });
  var score = Math.round((right * 100) / D.answers.length), passed = score >= mastery;
  if (v12) {
    set("cmi.core.score.raw", score); set("cmi.core.score.min", 0); set("cmi.core.score.max", 100);
    set("cmi.core.lesson_status", passed ? "passed" : "failed");
  } else {
    set("cmi.score.raw", score); set("cmi.score.min", 0); set("cmi.score.max", 100); set("cmi.score.scaled", score / 100);
    set("cmi.completion_status", "completed"); set("cmi.success_status", passed ? "passed" : "failed");
  }
  commit();
  document.getElementById("result").textContent = (passed ? T.passed : T.failed) + " (" + score + " %)";
}
show();
window.addEventListener("pagehide", function () { set(v12 ? "cmi.core.exit" : "cmi.exit", "suspend"); commit(); v12 ? api.LMSFinish("") : api.Terminate(""); });
</script></body></html>`;
}

export function demoScormPackage(
  version: "1.2" | "2004",
  code: string,
  titles: Partial<Record<Locale, string>>,
  languages: Locale[],
  passPercent: number,
): Uint8Array {
  const title = escapeXml(titles.en ?? Object.values(titles)[0] ?? code);
  const id = code.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  const manifest =
    version === "1.2"
      ? `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
  <organizations default="org"><organization identifier="org"><title>${title}</title>
    <item identifier="lesson" identifierref="sco"><title>${title}</title><adlcp:masteryscore>${passPercent}</adlcp:masteryscore></item>
  </organization></organizations>
  <resources><resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="index.html"><file href="index.html"/></resource></resources>
</manifest>`
      : `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
  <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
  <organizations default="org"><organization identifier="org"><title>${title}</title>
    <item identifier="lesson" identifierref="sco"><title>${title}</title>
      <imsss:sequencing><imsss:objectives><imsss:primaryObjective objectiveID="pass" satisfiedByMeasure="true"><imsss:minNormalizedMeasure>${(passPercent / 100).toFixed(2)}</imsss:minNormalizedMeasure></imsss:primaryObjective></imsss:objectives></imsss:sequencing>
    </item>
  </organization></organizations>
  <resources><resource identifier="sco" type="webcontent" adlcp:scormType="sco" href="index.html"><file href="index.html"/></resource></resources>
</manifest>`;
  // Stored, not deflated: the archive only carries the files to the upload check, which unpacks and stores them.
  return zipSync(
    {
      "imsmanifest.xml": strToU8(manifest),
      "index.html": strToU8(scoPage(version, titles, languages)),
    },
    { level: 0 },
  );
}
