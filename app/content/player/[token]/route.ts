import { randomUUID } from "node:crypto";
import { contentRoute } from "@/lib/http/content-route";
import { LEASE_SECONDS } from "@/lib/scorm/lease-attempt";
import { parseNavValidity } from "@/lib/scorm/nav-validity";
import { playerDocument } from "@/lib/scorm/player-document";
import { startSession } from "@/lib/scorm/start-session";

// The SCO's frame on the content origin: it runs the SCORM runtime (scorm-again, lib/scorm/content-runtime.js)
// for the attempt the token names and loads the SCO inside it. Only the platform origin named in the token may
// frame it; the platform's cookies never reach this origin.
export const GET = contentRoute({}, async ({ token, claims, request }) => {
  const session = await startSession(claims);
  return playerDocument(
    {
      version: session.version,
      cmi: session.cmi,
      commitSeq: session.commitSeq,
      commitUrl: `/commit/${token}`,
      // What the device keeps until the server has it (lib/scorm/device-queue.js, ADR 0049): a review keeps nothing.
      attemptId: claims.attemptId,
      keep: !session.review,
      tokenExpiresAt: claims.exp,
      lastSessionId: session.lastSessionId,
      leaseUrl: `/lease/${token}`,
      // Renewed well before it runs out, so one lost renewal does not close the launch.
      leaseSeconds: Math.floor(LEASE_SECONDS / 3),
      parentOrigin: claims.origin,
      sessionId: randomUUID(),
      scoUrl: `/files/${token}/${session.href}`,
      navValid: session.version === "2004" ? parseNavValidity(new URL(request.url).searchParams) : null,
    },
    claims.origin,
  );
});
