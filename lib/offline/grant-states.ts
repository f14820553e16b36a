// What a device hears when it asks about the grants of the courses it keeps (at each connection, ADR 0051): "active"
// while the enrolment and the account hold, "revoked" once either does not (the device then deletes the course), and
// "expired" for a grant past its 30 days or one that does not verify (deleted too: a new download asks again).
import { verifyDeviceGrant } from "./device-grant";
import { grantHolds } from "./grant-holds";

export type GrantState = "active" | "revoked" | "expired";

/** At most this many grants in one question: a device keeps a few courses. */
export const MAX_GRANTS_ASKED = 50;

export async function grantStates(grants: string[], now = Date.now()): Promise<GrantState[]> {
  const states: GrantState[] = [];
  // One after another: each is one short transaction, and a device asks about a few.
  for (const grant of grants.slice(0, MAX_GRANTS_ASKED)) {
    const claims = verifyDeviceGrant(grant, now);
    states.push(!claims ? "expired" : (await grantHolds(claims)) ? "active" : "revoked");
  }
  return states;
}
