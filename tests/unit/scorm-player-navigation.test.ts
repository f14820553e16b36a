// The player's reading of a SCO's navigation request and of the request_valid it hands the SCO.
import { navValidityQuery, parseNavValidity } from "@/lib/scorm/nav-validity";
import { playerNavigation } from "@/lib/scorm/player-navigation";

const positions = { "nav-1": 0, "nav-2": 1, "nav-3": 2 };

describe("a SCO's navigation request", () => {
  it("continue and previous go from the SCO shown; a choice goes to its target; the whole-course requests leave", () => {
    expect(playerNavigation("continue", 1, positions)).toEqual({ go: "?sco=1&nav=continue" });
    expect(playerNavigation("previous", 1, positions)).toEqual({ go: "?sco=1&nav=previous" });
    expect(playerNavigation("{target=nav-3}choice", 0, positions)).toEqual({ go: "?sco=2" });
    for (const request of ["exitAll", "abandonAll", "suspendAll"])
      expect(playerNavigation(request, 0, positions)).toEqual({ leave: true });
  });

  it("exit, abandon, none, an unknown target or anything else keeps the player where it is", () => {
    for (const request of [
      "exit",
      "abandon",
      "_none_",
      "{target=nowhere}choice",
      "{target=constructor}choice",
      7,
      null,
    ])
      expect(playerNavigation(request, 0, positions)).toBeNull();
  });
});

describe("request_valid in the SCO frame's address", () => {
  it("carries continue, previous and every SCO's choice, and drops what the standard cannot name", () => {
    const query = navValidityQuery({
      canContinue: true,
      canPrevious: false,
      choosable: ["nav-1", "nav-3"],
      scos: [{ identifier: "nav-1" }, { identifier: "nav-2" }, { identifier: "nav-3" }],
    });
    expect(parseNavValidity(new URLSearchParams(query))).toEqual({
      continue: true,
      previous: false,
      choice: { "nav-1": true, "nav-2": false, "nav-3": true },
    });
    expect(parseNavValidity(new URLSearchParams("choose=<script>%20ok&continue=yes"))).toEqual({
      continue: false,
      previous: false,
      choice: { ok: true },
    });
  });
});
