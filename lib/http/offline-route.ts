// The wrapper of the content origin's downloads for offline use (ADR 0051): the device grant in the address is the
// only credential (lib/offline/device-grant.ts), checked with the learner's account and enrolment on every request.
// A grant that does not verify, or no longer holds, answers 404.
import { verifyDeviceGrant, type DeviceGrantClaims } from "@/lib/offline/device-grant";
import { grantHolds } from "@/lib/offline/grant-holds";
import { signedFileRoute, type SignedFileInput } from "./signed-file-route";

/** `file` is relative to the grant: "outline.json", "package/<id>/…", "media/<moduleId>/…". */
export type OfflineInput = SignedFileInput<DeviceGrantClaims>;

export const offlineRoute = signedFileRoute(verifyDeviceGrant, (claims) => grantHolds(claims));
