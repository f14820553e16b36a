import { readLimitedText } from "@/lib/http/read-limited-body";
import { formPost } from "@/lib/http/route-handler";
import { visibilityScope } from "@/lib/auth/visibility-scope";
import { commitAttempt, MAX_COMMIT_BYTES } from "@/lib/scorm/attempts";

// The player's commits of the SCORM runtime (scorm-again posts here from the platform's own page). Every answer
// follows scorm-again's convention: { result: true | false, errorCode }.
const refused = (status: number) => Response.json({ result: false, errorCode: 101 }, { status });

export const POST = formPost<{ id: string }>({ errorBody: refused }, async (input) => {
  const raw = await readLimitedText(input.request, MAX_COMMIT_BYTES);
  if (raw === null) return refused(413);
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return refused(400);
  }
  const outcome = await commitAttempt(visibilityScope(input), input.viewer.id, input.params.id, body);
  return Response.json({ result: true, errorCode: 0, ...outcome }, { headers: { "Cache-Control": "no-store" } });
});
