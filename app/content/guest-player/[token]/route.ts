import { toHttpStatus } from "@/lib/errors";
import { startGuestSession } from "@/lib/scorm/guest-session";
import { verifyGuestToken } from "@/lib/scorm/guest-token";
import { playerDocument } from "@/lib/scorm/player-document";

// A guest's SCO frame on the content origin (ADR 0042): the same runtime as a learner's, told it is a guest's,
// so it answers every commit in the frame and sends nothing; no commit or lease address exists for it. The
// guest token is the only credential (a launch token is refused here, and a guest token everywhere else).
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const claims = verifyGuestToken(token);
  if (!claims) return new Response("Not found", { status: 404 });
  try {
    const session = await startGuestSession(claims);
    return playerDocument(
      {
        version: session.version,
        cmi: session.cmi,
        guest: true,
        commitSeq: 0,
        parentOrigin: claims.origin,
        scoUrl: `/guest-files/${token}/${session.href}`,
        navValid: null,
      },
      claims.origin,
    );
  } catch (error) {
    const status = toHttpStatus(error);
    if (status === 500) throw error;
    return new Response("Not found", { status });
  }
}
