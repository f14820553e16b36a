// An application on the Applications page or in the Tasks panel, decided by its kind: registration requests go
// through their approver's rules, enrolment requests and workshop applications through the coordinator's
// scope. One already decided (another tab, another coordinator) is refused with one message for every kind.
import { decideRegistration } from "@/lib/accounts/decide-registration";
import { Conflict, Invalid } from "@/lib/errors";
import { decideWorkshopApplication } from "@/lib/workshops/decide-workshop-application";
import { decideEnrolmentRequest } from "@/lib/team/decide-enrolment-request";
import type { Manager } from "@/lib/team/team-scope";

export interface ApplicationDecision {
  type: string;
  accept: boolean;
  reason: string;
}

export async function decideApplication(
  manager: Manager,
  id: string,
  { type, accept, reason }: ApplicationDecision,
): Promise<void> {
  try {
    if (type === "REGISTRATION")
      await decideRegistration(manager, id, accept ? { accept: true } : { accept: false, reason });
    else if (type === "WORKSHOP") await decideWorkshopApplication(manager, id, accept, reason);
    else await decideEnrolmentRequest(manager, id, accept, reason);
  } catch (error) {
    if (error instanceof Conflict || error instanceof Invalid) throw new Invalid({ decision: "alreadyDecided" });
    throw error;
  }
}
