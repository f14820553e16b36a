// The wrapper of the content origin's downloads for offline use (ADR 0051): the device grant in the address is the
// only credential (lib/offline/device-grant.ts), checked with the learner's account and enrolment on every request,
// like a media token (media-route.ts). A grant that does not verify, or no longer holds, answers 404.
import { verifyDeviceGrant, type DeviceGrantClaims } from "@/lib/offline/device-grant";
import { grantHolds } from "@/lib/offline/grant-holds";
import { statusResponse } from "./status-response";

export interface OfflineInput {
  request: Request;
  claims: DeviceGrantClaims;
  /** The file asked for, relative to the grant: "outline.json", "package/<id>/…", "media/<moduleId>/…". */
  path: string;
}

type OfflineHandler = (
  request: Request,
  route: { params: Promise<{ grant: string; path: string[] }> },
) => Promise<Response>;

export function offlineRoute(handler: (input: OfflineInput) => Promise<Response>): OfflineHandler {
  return async (request, route) => {
    const { grant, path } = await route.params;
    const claims = verifyDeviceGrant(grant);
    if (!claims || !(await grantHolds(claims))) return statusResponse(404);
    return handler({ request, claims, path: path.map((part) => decodeURIComponent(part)).join("/") });
  };
}
