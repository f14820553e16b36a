// The Tasks panel: registrations waiting for this viewer's decision, oldest first.
import { holds } from "@/lib/permissions";
import { asPlatform } from "@/lib/db";
import { activeApproverId, mayDecide, type Decider } from "./registration-approver";

export interface RegistrationTask {
  id: string;
  firstName: string;
  lastName: string;
  username: string;
  email: string;
  position: string | null;
  administration: string;
  requestedAt: Date;
}

export async function listRegistrationTasks(decider: Decider, take = 50): Promise<RegistrationTask[]> {
  if (!holds("registrations.decide", decider)) return [];
  const isWcoAdmin = holds("registrations.decideForSecretariat", decider);
  return asPlatform("tasks: registrations waiting for this approver", async (tx) => {
    const requests = await tx.registrationRequest.findMany({
      where: { status: "AWAITING_APPROVAL", ...(isWcoAdmin ? {} : { tenantId: decider.homeTenantId }) },
      orderBy: { createdAt: "asc" },
      take: 500,
      include: { tenant: { select: { id: true, name: true, approverId: true } } },
    });
    const tasks: RegistrationTask[] = [];
    for (const r of requests) {
      if (!mayDecide(decider, r.tenant, await activeApproverId(tx, r.tenant.approverId))) continue;
      tasks.push({
        id: r.id,
        firstName: r.firstName,
        lastName: r.lastName,
        username: r.username,
        email: r.email,
        position: r.position,
        administration: r.tenant.name,
        requestedAt: r.createdAt,
      });
      if (tasks.length === take) break;
    }
    return tasks;
  });
}
