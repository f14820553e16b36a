// The certificates area's input rules. Messages are keys of the forms' "Fields" messages.
import { z } from "zod";

/** An administration's own signatory, printed on the certificates of its own courses. */
export const signatorySchema = z.object({
  signatoryName: z.string("required").trim().min(1, "required").max(150, "tooLong"),
  signatoryTitle: z.string("required").trim().min(1, "required").max(150, "tooLong"),
});

/** Why a certificate is revoked (kept in the audit log and shown on verification). */
export const revocationSchema = z.object({
  reason: z.string("reasonRequired").trim().min(3, "reasonRequired").max(500, "tooLong"),
});
