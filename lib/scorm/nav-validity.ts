// What a SCORM 2004 SCO reads in adl.nav.request_valid (continue, previous, choice.{target=…}): decided by the
// server's sequencing when the player launched the SCO (launch-sco.ts), carried in the address of the SCO's frame
// on the content origin and given to the runtime there (content-runtime.js). It only tells the SCO which buttons
// to offer: whatever the SCO then requests is decided again by the server's sequencing when the player acts on it.
export interface NavValidity {
  continue: boolean;
  previous: boolean;
  /** Every SCO of the package by identifier: whether a choice reaches it. */
  choice: Record<string, boolean>;
}

const IDENTIFIER = /^[\w.:-]{1,200}$/;
const MAX_SCOS = 500;

/** The query of the SCO frame's address. */
export function navValidityQuery(launch: {
  canContinue: boolean;
  canPrevious: boolean;
  choosable: string[];
  scos: Array<{ identifier: string }>;
}): string {
  const choosable = new Set(launch.choosable);
  return new URLSearchParams({
    continue: launch.canContinue ? "1" : "0",
    previous: launch.canPrevious ? "1" : "0",
    choose: launch.scos
      .filter((s) => choosable.has(s.identifier))
      .map((s) => s.identifier)
      .join(" "),
    locked: launch.scos
      .filter((s) => !choosable.has(s.identifier))
      .map((s) => s.identifier)
      .join(" "),
  }).toString();
}

/** The validity the frame's address carries (identifiers the standard's vocabulary cannot name are dropped). */
export function parseNavValidity(params: URLSearchParams): NavValidity {
  const ids = (name: string) =>
    (params.get(name) ?? "")
      .split(" ")
      .filter((id) => IDENTIFIER.test(id))
      .slice(0, MAX_SCOS);
  return {
    continue: params.get("continue") === "1",
    previous: params.get("previous") === "1",
    choice: Object.fromEntries([...ids("locked").map((id) => [id, false]), ...ids("choose").map((id) => [id, true])]),
  };
}
