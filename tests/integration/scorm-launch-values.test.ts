// What a SCO reads at launch from its manifest's item: time limits, launch data and the completion threshold,
// through the player's own path (the launch, the content origin's session, then scorm-again's API loaded with
// the session's CMI as lib/scorm/content-runtime.js loads it). Values outside the standard's vocabulary are
// not passed: the SCO reads them empty rather than the API refusing the whole launch.
import * as scorm12 from "scorm-again/scorm12";
import * as scorm2004 from "scorm-again/scorm2004";
import { launchSco } from "@/lib/scorm/attempts";
import { verifyLaunchToken } from "@/lib/scorm/launch-token";
import { startSession } from "@/lib/scorm/start-session";
import { scormTimeLimitedPackage } from "../helpers/scorm-fixtures";
import { LEARNER_ORIGIN, scormCourse } from "../helpers/scorm-course";
import { setUpTestDatabase } from "../helpers/test-database";

const db = setUpTestDatabase();
jest.setTimeout(30_000);

const { Scorm12API } = scorm12 as unknown as { Scorm12API: typeof scorm12.default };
const { Scorm2004API } = scorm2004 as unknown as { Scorm2004API: typeof scorm2004.default };
const SETTINGS = { autocommit: false, logLevel: 5 } as const;

type Course = Awaited<ReturnType<typeof scormCourse>>;

/** The values the SCO at `position` gets from GetValue, once the player has launched it. */
async function readAtLaunch(
  version: "1.2" | "2004",
  { learner, moduleId }: Course,
  position: number,
  elements: string[],
) {
  const launch = await launchSco(learner, learner.userId, moduleId, position, LEARNER_ORIGIN);
  const { cmi } = await startSession(verifyLaunchToken(launch.token)!);
  if (version === "1.2") {
    const api = new Scorm12API(SETTINGS);
    api.loadFromJSON(cmi, "cmi");
    expect(api.LMSInitialize("")).toBe("true");
    return Object.fromEntries(elements.map((e) => [e, api.LMSGetValue(e)]));
  }
  const api = new Scorm2004API(SETTINGS);
  api.loadFromJSON(cmi, "cmi");
  expect(api.Initialize("")).toBe("true");
  return Object.fromEntries(elements.map((e) => [e, api.GetValue(e)]));
}

const upload = (version: "1.2" | "2004", code: string) => scormCourse(db.owner, scormTimeLimitedPackage(version), code);

const ELEMENTS_12 = ["cmi.student_data.max_time_allowed", "cmi.student_data.time_limit_action", "cmi.launch_data"];
const ELEMENTS_2004 = ["cmi.max_time_allowed", "cmi.time_limit_action", "cmi.launch_data", "cmi.completion_threshold"];

describe("time limits, launch data and completion threshold from the manifest", () => {
  it("SCORM 1.2: adlcp:maxtimeallowed, timelimitaction and datafromlms reach cmi.student_data and cmi.launch_data", async () => {
    const course = await upload("1.2", "SAFE-101");
    expect(await readAtLaunch("1.2", course, 0, ELEMENTS_12)).toEqual({
      "cmi.student_data.max_time_allowed": "00:45:30",
      "cmi.student_data.time_limit_action": "exit,message",
      "cmi.launch_data": "exam=timed",
    });
    expect(await readAtLaunch("1.2", course, 1, ELEMENTS_12)).toEqual({
      "cmi.student_data.max_time_allowed": "",
      "cmi.student_data.time_limit_action": "",
      "cmi.launch_data": "exam=untimed",
    });
  });

  it("SCORM 2004: attemptAbsoluteDurationLimit, timeLimitAction, dataFromLMS and completionThreshold reach the SCO", async () => {
    const course = await upload("2004", "DM-101");
    expect(await readAtLaunch("2004", course, 0, ELEMENTS_2004)).toEqual({
      "cmi.max_time_allowed": "PT1H30M",
      "cmi.time_limit_action": "exit,no message",
      "cmi.launch_data": "exam=timed",
      "cmi.completion_threshold": "0.75",
    });
    // No limit set: the standard's defaults (no time limit, continue without a message, no threshold).
    expect(await readAtLaunch("2004", course, 1, ELEMENTS_2004)).toEqual({
      "cmi.max_time_allowed": "",
      "cmi.time_limit_action": "continue,no message",
      "cmi.launch_data": "exam=untimed",
      "cmi.completion_threshold": "",
    });
  });
});
