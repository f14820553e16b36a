// The wrapper of the content origin's route handlers: the launch token in the address is the only credential
// (no cookie reaches this origin). A token that does not verify, and the use case's typed errors, answer with
// their status through the same table as the platform's routes (toHttpStatus).
import { toHttpStatus } from "@/lib/errors";
import { verifyLaunchToken, type LaunchClaims } from "@/lib/scorm/launch-token";
import { statusResponse } from "./status-response";

export interface ContentInput {
  request: Request;
  token: string;
  claims: LaunchClaims;
}

type ContentHandler = (request: Request, route: { params: Promise<{ token: string }> }) => Promise<Response>;

export function contentRoute(
  options: { errorBody?: (status: number) => Response },
  handler: (input: ContentInput) => Promise<Response>,
): ContentHandler {
  const fail = options.errorBody ?? statusResponse;
  return async (request, route) => {
    const { token } = await route.params;
    const claims = verifyLaunchToken(token);
    if (!claims) return fail(404);
    try {
      return await handler({ request, token, claims });
    } catch (error) {
      const status = toHttpStatus(error);
      if (status === 500) throw error;
      return fail(status);
    }
  };
}
