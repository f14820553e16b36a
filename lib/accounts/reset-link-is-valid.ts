import { peekEmailToken } from "./email-tokens";

/** Whether a reset link can still be used (the page checks before showing its form). */
export async function resetLinkIsValid(token: string): Promise<boolean> {
  return (await peekEmailToken("RESET_PASSWORD", token)) !== null;
}
