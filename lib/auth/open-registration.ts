// The registration still open under a username or e-mail address, for sign-in to tell its applicant that it waits:
// one waiting for the coordinator, or one whose confirmation link is still alive (an expired one is given up).
import { asPlatform } from "@/lib/db";

export interface OpenRegistration {
  id: string;
  passwordHash: string;
  status: "EMAIL_UNCONFIRMED" | "AWAITING_APPROVAL";
}

/** The newest open registration whose username or address is `normalized` (lower case, trimmed), or null. */
export async function findOpenRegistration(normalized: string, now = new Date()): Promise<OpenRegistration | null> {
  return asPlatform("sign-in: find an open registration", async (db) => {
    const requests = await db.registrationRequest.findMany({
      where: {
        OR: [{ username: normalized }, { email: normalized }],
        status: { in: ["AWAITING_APPROVAL", "EMAIL_UNCONFIRMED"] },
      },
      orderBy: { createdAt: "desc" },
      take: 5,
      select: { id: true, passwordHash: true, status: true },
    });
    for (const request of requests) {
      if (request.status === "AWAITING_APPROVAL") return { ...request, status: request.status };
      const liveLink = await db.emailToken.count({
        where: { subjectId: request.id, purpose: "CONFIRM_REGISTRATION", usedAt: null, expiresAt: { gt: now } },
      });
      if (liveLink && request.status === "EMAIL_UNCONFIRMED") return { ...request, status: request.status };
    }
    return null;
  });
}
