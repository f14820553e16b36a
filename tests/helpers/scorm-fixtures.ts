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
  return zipSync({
    "imsmanifest.xml": strToU8(manifest),
    "one/index.html": strToU8("<p>One</p>"),
    "two/index.html": strToU8("<p>Two</p>"),
  });
}

export function zipSlipPackage(): Uint8Array {
  return zipSync({ "imsmanifest.xml": strToU8("<manifest/>"), "../evil.html": strToU8("<p>evil</p>") });
}

// The conformance packages: each exercises one rule of the runtime (docs/decisions/0017-scorm-runtime-rules.md).
const NS_12 = `xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"`;
const NS_2004 = `xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" xmlns:imsss="http://www.imsglobal.org/xsd/imsss" xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3" xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"`;

const FIND_API = `function findAPI(name) { var w = window, n = 0; while (w && !w[name] && w.parent && w.parent !== w && n < 10) { w = w.parent; n++; } return w && w[name]; }`;

/**
 * SCORM 1.2, one SCO: shows what the LMS launched it with, asks "Resume where you left off?" with confirm()
 * when it has a bookmark, and has a five-question quiz scored 20 points a question, against the manifest's
 * mastery score of 80. It reports no session time.
 */
export const SCO_12_QUIZ_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Valuation quiz</title></head><body>
<h1>Valuation quiz</h1>
<p id="launch"></p>
<p id="where"></p>
<button id="next" type="button">Next page</button>
<button id="right" type="button">Answer 5 of 5 correctly</button>
<button id="wrong" type="button">Answer 1 of 5 correctly</button>
<p id="done" hidden>Submitted</p>
<script>
${FIND_API}
var api = findAPI("API");
api.LMSInitialize("");
var get = function (k) { return api.LMSGetValue(k); };
document.getElementById("launch").textContent = JSON.stringify({ id: get("cmi.core.student_id"), name: get("cmi.core.student_name"), entry: get("cmi.core.entry"), credit: get("cmi.core.credit"), mode: get("cmi.core.lesson_mode"), launchData: get("cmi.launch_data"), mastery: get("cmi.student_data.mastery_score"), status: get("cmi.core.lesson_status") });
var bookmark = get("cmi.core.lesson_location");
// Asked once the page has loaded, as authoring tools do, not while the document is still being parsed.
window.addEventListener("load", function () {
  var page = bookmark && window.confirm("Resume where you left off?") ? bookmark : "start";
  document.getElementById("where").textContent = "Location: " + page;
});
document.getElementById("next").onclick = function () {
  api.LMSSetValue("cmi.core.lesson_location", "page-2"); api.LMSSetValue("cmi.core.lesson_status", "incomplete");
  api.LMSSetValue("cmi.core.exit", "suspend"); api.LMSSetValue("cmi.suspend_data", "visited=1,2"); api.LMSCommit("");
  document.getElementById("where").textContent = "Location: page-2";
};
function submit(correct) {
  for (var q = 0; q < 5; q++) {
    var n = get("cmi.interactions._count");
    api.LMSSetValue("cmi.interactions." + n + ".id", "q" + (q + 1));
    api.LMSSetValue("cmi.interactions." + n + ".type", "choice");
    api.LMSSetValue("cmi.interactions." + n + ".student_response", q < correct ? "a" : "b");
    api.LMSSetValue("cmi.interactions." + n + ".result", q < correct ? "correct" : "wrong");
  }
  api.LMSSetValue("cmi.core.score.raw", String(correct * 20)); api.LMSSetValue("cmi.core.score.max", "100"); api.LMSSetValue("cmi.core.score.min", "0");
  api.LMSSetValue("cmi.core.lesson_status", "completed"); api.LMSSetValue("cmi.core.exit", "");
  api.LMSCommit(""); api.LMSFinish("");
  document.getElementById("done").hidden = false;
}
document.getElementById("right").onclick = function () { submit(5); };
document.getElementById("wrong").onclick = function () { submit(1); };
</script></body></html>`;

export function scorm12QuizPackage(title = "Valuation quiz"): Uint8Array {
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="valuation-quiz" version="1" ${NS_12}>
  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
  <organizations default="org"><organization identifier="org"><title>${title}</title>
    <item identifier="quiz" identifierref="res1"><title>${title}</title>
      <adlcp:masteryscore>80</adlcp:masteryscore>
      <adlcp:datafromlms>region=ESA</adlcp:datafromlms>
      <adlcp:maxtimeallowed>00:30:00</adlcp:maxtimeallowed>
      <adlcp:timelimitaction>continue,message</adlcp:timelimitaction>
    </item>
  </organization></organizations>
  <resources><resource identifier="res1" type="webcontent" adlcp:scormtype="sco" href="index.html"><file href="index.html"/></resource></resources>
</manifest>`;
  return zipSync({ "imsmanifest.xml": strToU8(manifest), "index.html": strToU8(SCO_12_QUIZ_PAGE) });
}

/**
 * SCORM 2004 3rd edition, one SCO: a 15-question quiz whose pass mark (80 %) is the manifest's
 * minNormalizedMeasure. Submitting writes each answer at the index cmi.interactions._count gives (about 160
 * SetValue calls) and the score, never success_status: the LMS decides passed or failed. "Send 500 values"
 * makes 500 SetValue calls at once. It shows what the LMS launched it with.
 */
export const SCO_2004_QUIZ_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Classification quiz</title></head><body>
<h1>Classification quiz</h1>
<p id="launch"></p>
<label>Correct answers <input id="correct" type="number" min="0" max="15" value="15"></label>
<button id="submit" type="button">Submit the quiz</button>
<button id="burst" type="button">Send 500 values</button>
<button id="save" type="button">Save</button>
<button id="close" type="button">Close the quiz</button>
<p id="result"></p>
<script>
${FIND_API}
var api = findAPI("API_1484_11");
api.Initialize("");
var get = function (k) { return api.GetValue(k); };
document.getElementById("launch").textContent = JSON.stringify({ id: get("cmi.learner_id"), name: get("cmi.learner_name"), entry: get("cmi.entry"), credit: get("cmi.credit"), mode: get("cmi.mode"), launchData: get("cmi.launch_data"), passingScore: get("cmi.scaled_passing_score"), objectives: get("cmi.objectives._count"), objective0: get("cmi.objectives.0.id"), maxTime: get("cmi.max_time_allowed"), timeLimitAction: get("cmi.time_limit_action"), totalTime: get("cmi.total_time") });
document.getElementById("submit").onclick = function () {
  var correct = Number(document.getElementById("correct").value);
  for (var q = 0; q < 15; q++) {
    var n = get("cmi.interactions._count");
    var p = "cmi.interactions." + n + ".";
    api.SetValue(p + "id", "question-" + (q + 1));
    api.SetValue(p + "type", "choice");
    api.SetValue(p + "description", "Question " + (q + 1));
    api.SetValue(p + "weighting", "1");
    api.SetValue(p + "timestamp", "2026-12-01T10:00:00");
    api.SetValue(p + "correct_responses.0.pattern", "a");
    api.SetValue(p + "learner_response", q < correct ? "a" : "b");
    api.SetValue(p + "result", q < correct ? "correct" : "incorrect");
    api.SetValue(p + "latency", "PT5S");
    api.SetValue(p + "objectives.0.id", "classification");
  }
  api.SetValue("cmi.score.raw", String(correct)); api.SetValue("cmi.score.min", "0"); api.SetValue("cmi.score.max", "15");
  api.SetValue("cmi.score.scaled", String(Math.round((correct / 15) * 1000) / 1000));
  api.SetValue("cmi.completion_status", "completed"); api.SetValue("cmi.exit", "normal");
  api.Commit("");
  document.getElementById("result").textContent = "Submitted: " + get("cmi.interactions._count") + " answers, " + get("cmi.success_status");
  api.Terminate("");
};
document.getElementById("burst").onclick = function () {
  for (var i = 0; i < 500; i++) api.SetValue("cmi.suspend_data", "burst-" + (i + 1));
  document.getElementById("result").textContent = "Sent 500 values: " + get("cmi.suspend_data");
};
document.getElementById("save").onclick = function () { api.SetValue("cmi.exit", "suspend"); api.Commit(""); document.getElementById("result").textContent = "Saved"; };
document.getElementById("close").onclick = function () { api.SetValue("cmi.exit", "suspend"); api.Terminate(""); document.getElementById("result").textContent = "Closed"; };
</script></body></html>`;

export function scorm2004QuizPackage(title = "Classification quiz"): Uint8Array {
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="classification-quiz" version="1" ${NS_2004}>
  <metadata><schema>ADL SCORM</schema><schemaversion>2004 3rd Edition</schemaversion></metadata>
  <organizations default="org"><organization identifier="org"><title>${title}</title>
    <item identifier="quiz" identifierref="res1"><title>${title}</title>
      <adlcp:dataFromLMS>level=advanced</adlcp:dataFromLMS>
      <imsss:sequencing>
        <imsss:limitConditions attemptAbsoluteDurationLimit="PT1H"/>
        <imsss:objectives>
          <imsss:primaryObjective objectiveID="classification" satisfiedByMeasure="true"><imsss:minNormalizedMeasure>0.8</imsss:minNormalizedMeasure></imsss:primaryObjective>
          <imsss:objective objectiveID="gri-1"/>
        </imsss:objectives>
        <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
      </imsss:sequencing>
    </item>
  </organization></organizations>
  <resources><resource identifier="res1" type="webcontent" adlcp:scormType="sco" href="quiz/index.html"><file href="quiz/index.html"/></resource></resources>
</manifest>`;
  return zipSync({ "imsmanifest.xml": strToU8(manifest), "quiz/index.html": strToU8(SCO_2004_QUIZ_PAGE) });
}

/** A SCO that only calls Initialize on load and Terminate on "Done" (or when its page goes away). */
export const SCO_2004_SILENT_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lesson</title></head><body>
<h1 id="title"></h1><button id="done" type="button">Done</button><p id="state"></p>
<script>
${FIND_API}
var api = findAPI("API_1484_11"); var ended = false;
api.Initialize("");
document.getElementById("title").textContent = document.title = decodeURIComponent(location.search.slice(4));
function end() { if (!ended) { ended = true; api.Terminate(""); document.getElementById("state").textContent = "Terminated"; } }
document.getElementById("done").onclick = end;
window.addEventListener("pagehide", end);
</script></body></html>`;

/**
 * SCORM 2004 course of `groups` groups of SCOs (18 SCOs in 4 groups by default) that never set a status:
 * with the default delivery controls the LMS completes each one when its attempt ends.
 */
export function scorm2004SilentCourse(groups = [5, 5, 4, 4]): Uint8Array {
  let sco = 0;
  const items = groups
    .map((count, g) => {
      const children = Array.from({ length: count }, () => {
        sco++;
        return `<item identifier="sco-${sco}" identifierref="res" parameters="?id=Lesson%20${sco}"><title>Lesson ${sco}</title></item>`;
      }).join("\n      ");
      return `<item identifier="group-${g + 1}"><title>Group ${g + 1}</title>\n      ${children}\n    </item>`;
    })
    .join("\n    ");
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="silent-course" version="1" ${NS_2004}>
  <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
  <organizations default="org"><organization identifier="org"><title>Border procedures</title>
    ${items}
  </organization></organizations>
  <resources><resource identifier="res" type="webcontent" adlcp:scormType="sco" href="lesson.html"><file href="lesson.html"/></resource></resources>
</manifest>`;
  return zipSync({ "imsmanifest.xml": strToU8(manifest), "lesson.html": strToU8(SCO_2004_SILENT_PAGE) });
}

/**
 * A SCO that shows its title and ends its attempt with a result: "Pass" (completed, passed), "Fail" (completed,
 * failed) or "Done" (Terminate only: the standard's defaults decide).
 */
export const SCO_2004_RESULT_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lesson</title></head><body>
<h1 id="title"></h1><button id="pass" type="button">Pass</button><button id="fail" type="button">Fail</button><button id="done" type="button">Done</button><p id="state"></p>
<script>
${FIND_API}
var api = findAPI("API_1484_11"); var ended = false;
api.Initialize("");
document.getElementById("title").textContent = document.title = decodeURIComponent(location.search.slice(4));
function end(success) {
  if (ended) return; ended = true;
  if (success) { api.SetValue("cmi.completion_status", "completed"); api.SetValue("cmi.success_status", success); }
  api.Terminate(""); document.getElementById("state").textContent = "Terminated";
}
document.getElementById("pass").onclick = function () { end("passed"); };
document.getElementById("fail").onclick = function () { end("failed"); };
document.getElementById("done").onclick = function () { end(null); };
window.addEventListener("pagehide", function () { end(null); });
</script></body></html>`;

/**
 * A sequenced SCORM 2004 course: three SCOs in two clusters. "Foundations" (flow and choice) holds "Risk
 * indicators", whose primary objective writes the global objective "risk-basics", and "Profiling"; "Assessment"
 * (choice only, no flow) holds "Selectivity case study", disabled by a precondition until its primary objective,
 * read from "risk-basics", is satisfied. The root rolls up by the standard's default rules.
 */
export function scorm2004SequencedCourse(): Uint8Array {
  const sco = (id: string, title: string, sequencing = "") =>
    `<item identifier="${id}" identifierref="res" parameters="?id=${encodeURIComponent(title)}"><title>${title}</title>${sequencing}</item>`;
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="sequenced-course" version="1" ${NS_2004}>
  <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
  <organizations default="org"><organization identifier="org"><title>Risk management</title>
    <item identifier="foundations"><title>Foundations</title>
      ${sco(
        "indicators",
        "Risk indicators",
        `<imsss:sequencing><imsss:objectives><imsss:primaryObjective objectiveID="indicators-passed"><imsss:mapInfo targetObjectiveID="risk-basics" readSatisfiedStatus="false" writeSatisfiedStatus="true"/></imsss:primaryObjective></imsss:objectives></imsss:sequencing>`,
      )}
      ${sco("profiling", "Profiling")}
      <imsss:sequencing IDRef="flowing"/>
    </item>
    <item identifier="assessment"><title>Assessment</title>
      ${sco(
        "case-study",
        "Selectivity case study",
        `<imsss:sequencing>
          <imsss:sequencingRules><imsss:preConditionRule>
            <imsss:ruleConditions conditionCombination="any">
              <imsss:ruleCondition referencedObjective="basics-ready" operator="not" condition="satisfied"/>
              <imsss:ruleCondition referencedObjective="basics-ready" operator="not" condition="objectiveStatusKnown"/>
            </imsss:ruleConditions>
            <imsss:ruleAction action="disabled"/>
          </imsss:preConditionRule></imsss:sequencingRules>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="case-study-passed"/>
            <imsss:objective objectiveID="basics-ready"><imsss:mapInfo targetObjectiveID="risk-basics" readSatisfiedStatus="true"/></imsss:objective>
          </imsss:objectives>
        </imsss:sequencing>`,
      )}
      <imsss:sequencing><imsss:controlMode choice="true" flow="false"/></imsss:sequencing>
    </item>
    <imsss:sequencing><imsss:controlMode choice="true" flow="true"/></imsss:sequencing>
  </organization></organizations>
  <resources><resource identifier="res" type="webcontent" adlcp:scormType="sco" href="lesson.html"><file href="lesson.html"/></resource></resources>
  <imsss:sequencingCollection><imsss:sequencing ID="flowing"><imsss:controlMode choice="true" flow="true"/></imsss:sequencing></imsss:sequencingCollection>
</manifest>`;
  return zipSync({ "imsmanifest.xml": strToU8(manifest), "lesson.html": strToU8(SCO_2004_RESULT_PAGE) });
}

/**
 * A SCO that shows its title, its entry and what adl.nav.request_valid says, and ends its session with a
 * navigation request of its own: "Continue", "Previous", "Choose <id>" ({target=<id>}choice) or "Suspend all"
 * (suspendAll, without setting cmi.exit: the LMS suspends the attempt).
 */
export const SCO_2004_NAVIGATING_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lesson</title></head><body>
<h1 id="title"></h1><p id="entry"></p><p id="valid"></p>
<button id="continue" type="button">Continue</button><button id="previous" type="button">Previous</button>
<button id="choose" type="button">Choose nav-1</button><button id="suspend" type="button">Suspend all</button>
<p id="state"></p>
<script>
${FIND_API}
var api = findAPI("API_1484_11"); var ended = false;
api.Initialize("");
document.getElementById("title").textContent = document.title = decodeURIComponent(location.search.slice(4));
document.getElementById("entry").textContent = "Entry: " + api.GetValue("cmi.entry");
document.getElementById("valid").textContent = "Continue valid: " + api.GetValue("adl.nav.request_valid.continue") +
  ", previous valid: " + api.GetValue("adl.nav.request_valid.previous") +
  ", choice of nav-1 valid: " + api.GetValue("adl.nav.request_valid.choice.{target=nav-1}");
function end(request) {
  if (ended) return; ended = true;
  api.SetValue("cmi.completion_status", "completed");
  api.SetValue("adl.nav.request", request);
  api.Terminate(""); document.getElementById("state").textContent = "Terminated";
}
document.getElementById("continue").onclick = function () { end("continue"); };
document.getElementById("previous").onclick = function () { end("previous"); };
document.getElementById("choose").onclick = function () { end("{target=nav-1}choice"); };
document.getElementById("suspend").onclick = function () {
  if (ended) return; ended = true;
  api.SetValue("cmi.location", "suspended-here"); api.SetValue("adl.nav.request", "suspendAll");
  api.Terminate(""); document.getElementById("state").textContent = "Terminated";
};
</script></body></html>`;

/** SCORM 2004, three SCOs ("Lesson 1" to "Lesson 3", nav-1 to nav-3) in flow and choice, whose SCOs navigate themselves. */
export function scorm2004NavigatingCourse(): Uint8Array {
  const items = [1, 2, 3]
    .map(
      (n) =>
        `<item identifier="nav-${n}" identifierref="res" parameters="?id=Lesson%20${n}"><title>Lesson ${n}</title></item>`,
    )
    .join("\n    ");
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="navigating-course" version="1" ${NS_2004}>
  <metadata><schema>ADL SCORM</schema><schemaversion>2004 4th Edition</schemaversion></metadata>
  <organizations default="org"><organization identifier="org"><title>Transit procedures</title>
    ${items}
    <imsss:sequencing><imsss:controlMode choice="true" flow="true"/></imsss:sequencing>
  </organization></organizations>
  <resources><resource identifier="res" type="webcontent" adlcp:scormType="sco" href="lesson.html"><file href="lesson.html"/></resource></resources>
</manifest>`;
  return zipSync({ "imsmanifest.xml": strToU8(manifest), "lesson.html": strToU8(SCO_2004_NAVIGATING_PAGE) });
}

/**
 * A package of two SCOs whose items carry the manifest's time limits, launch data and completion threshold: the
 * first as the standard writes them, the second with values outside its vocabulary. SCORM 1.2 uses
 * adlcp:maxtimeallowed / timelimitaction / datafromlms; SCORM 2004 imsss:limitConditions, adlcp:timeLimitAction,
 * adlcp:dataFromLMS and adlcp:completionThreshold.
 */
export function scormTimeLimitedPackage(version: "1.2" | "2004"): Uint8Array {
  const item12 = (id: string, time: string, action: string) =>
    `<item identifier="${id}" identifierref="res"><title>Timed ${id}</title>
      <adlcp:datafromlms>exam=${id}</adlcp:datafromlms>
      <adlcp:maxtimeallowed>${time}</adlcp:maxtimeallowed>
      <adlcp:timelimitaction>${action}</adlcp:timelimitaction>
    </item>`;
  const item2004 = (id: string, time: string, action: string, threshold: string) =>
    `<item identifier="${id}" identifierref="res"><title>Timed ${id}</title>
      <adlcp:dataFromLMS>exam=${id}</adlcp:dataFromLMS>
      <adlcp:timeLimitAction>${action}</adlcp:timeLimitAction>
      <adlcp:completionThreshold>${threshold}</adlcp:completionThreshold>
      <imsss:sequencing><imsss:limitConditions attemptAbsoluteDurationLimit="${time}"/></imsss:sequencing>
    </item>`;
  const items =
    version === "1.2"
      ? [item12("timed", "00:45:30", "exit,message"), item12("untimed", "45 minutes", "stop")]
      : [item2004("timed", "PT1H30M", "exit,no message", "0.75"), item2004("untimed", "90 minutes", "stop", "2")];
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="timed-exam" version="1" ${version === "1.2" ? NS_12 : NS_2004}>
  <metadata><schema>ADL SCORM</schema><schemaversion>${version === "1.2" ? "1.2" : "2004 3rd Edition"}</schemaversion></metadata>
  <organizations default="org"><organization identifier="org"><title>Timed exam</title>
    ${items.join("\n    ")}
  </organization></organizations>
  <resources><resource identifier="res" type="webcontent" ${version === "1.2" ? "adlcp:scormtype" : "adlcp:scormType"}="sco" href="index.html"><file href="index.html"/></resource></resources>
</manifest>`;
  return zipSync({ "imsmanifest.xml": strToU8(manifest), "index.html": strToU8("<p>Exam</p>") });
}
