import { durationSeconds, summarizeRuntime } from "./runtime-data";

describe("SCORM runtime data", () => {
  it("reads SCORM 1.2 commits", () => {
    const summary = summarizeRuntime("1.2", {
      core: { lesson_status: "passed", score: { raw: "85" }, lesson_location: "page-3", total_time: "0001:02:03.50" },
      suspend_data: "abc",
    });
    expect(summary).toEqual({
      completionStatus: "passed",
      successStatus: "passed",
      scoreScaled: null,
      scoreRaw: 85,
      location: "page-3",
      suspendData: "abc",
      totalSeconds: 3723,
      done: true,
    });
    expect(summarizeRuntime("1.2", { core: { lesson_status: "incomplete" } }).done).toBe(false);
    expect(summarizeRuntime("1.2", { core: { lesson_status: "failed" } }).done).toBe(false);
  });

  it("reads SCORM 2004 commits: completed but failed is not done", () => {
    expect(
      summarizeRuntime("2004", {
        completion_status: "completed",
        success_status: "passed",
        score: { scaled: "0.9", raw: "90" },
        location: "2",
        total_time: "PT1H30M",
      }),
    ).toMatchObject({ done: true, scoreScaled: 0.9, scoreRaw: 90, location: "2", totalSeconds: 5400 });
    expect(summarizeRuntime("2004", { completion_status: "completed", success_status: "failed" }).done).toBe(false);
    expect(summarizeRuntime("2004", { completion_status: "incomplete", success_status: "unknown" }).done).toBe(false);
  });

  it("parses both duration formats and refuses others", () => {
    expect(durationSeconds("PT45.25S")).toBe(45);
    expect(durationSeconds("P1DT1S")).toBe(86401);
    expect(durationSeconds("0000:00:07")).toBe(7);
    for (const bad of ["P", "PT", "7 minutes", 42, null]) expect(durationSeconds(bad)).toBeNull();
  });
});
