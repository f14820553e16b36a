// The pages every site has, the Academy included: app/t/[tenant]/(every-site)/. The Academy's other addresses
// are its store (app/academy/). A test checks this list against the route tree (tests/unit/proxy-routes.test.ts).
export const EVERY_SITE_PATHS = [
  "/sign-in",
  "/forgot-password",
  "/reset-password",
  "/register/confirm",
  "/terms",
  "/faq",
  "/help",
  "/dev/mailbox",
  "/courses",
  "/learn",
  "/unsubscribe",
  "/preferences",
  "/messages",
] as const;

/** Whether `pathname` is one of those pages or below one. */
export function isEverySitePath(pathname: string): boolean {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  return EVERY_SITE_PATHS.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}
