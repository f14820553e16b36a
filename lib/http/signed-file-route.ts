// The one shape of the content origin's file routes authorised by a signed token in their address (a media token, a
// device grant): the token verified, then whether it still grants access (checked on every request), else 404; the
// handler gets the claims and the file asked for, relative to the token.
import { statusResponse } from "./status-response";

export interface SignedFileInput<C> {
  request: Request;
  claims: C;
  /** The file asked for, its parts decoded and joined with "/". */
  file: string;
}

type FileHandler = (
  request: Request,
  route: { params: Promise<{ token: string; file: string[] }> },
) => Promise<Response>;

export function signedFileRoute<C>(
  verify: (token: string) => C | null,
  grants: (claims: C, token: string) => Promise<boolean>,
) {
  return (handler: (input: SignedFileInput<C>) => Promise<Response>): FileHandler =>
    async (request, route) => {
      const { token, file } = await route.params;
      const claims = verify(token);
      if (!claims || !(await grants(claims, token))) return statusResponse(404);
      return handler({ request, claims, file: file.map((part) => decodeURIComponent(part)).join("/") });
    };
}
