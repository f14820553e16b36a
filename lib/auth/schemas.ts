import { z } from "zod";

export const signInSchema = z.object({
  identifier: z.string().trim().min(1, "required").max(254),
  password: z.string().min(1, "required").max(1024),
});
