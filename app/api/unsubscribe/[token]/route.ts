import { readRoute, tokenPost } from "@/lib/http/route-handler";
import { unsubscribe } from "@/lib/notifications/unsubscribe";

// The address in every e-mail's List-Unsubscribe header. A mail client's one-click post (RFC 8058) turns the kind
// off and answers 200; the confirmation page's button posts here too and goes back to the page. A GET (a reader
// following the link, or a scanner) only shows the page, which asks first.
type Params = { token: string };

export const GET = readRoute<Params>({ signedIn: false }, async ({ params }) => `/unsubscribe/${params.token}`);

export const POST = tokenPost<Params>({ signedIn: false }, async ({ params, form }) => {
  await unsubscribe(params.token);
  const oneClick = await form().then(
    (submitted) => submitted.get("List-Unsubscribe") === "One-Click",
    () => false,
  );
  if (oneClick) return new Response(null, { status: 200, headers: { "Cache-Control": "no-store" } });
  return `/unsubscribe/${params.token}?done=1`;
});
