// The content origin's answer with one file of a SCORM package, for a learner's launch token or a guest's: the
// token verified, the holder still allowed (a lease, a course still open to guests), the file read from the
// package; its type told by its name within the package, cached privately, framed only by this origin and the
// platform origin of the launch. Anything else is 404.
import { readStoredFile } from "@/lib/content-store";
import { contentTypeOf } from "./content-types";

export async function packageFileResponse<C extends { key: string; origin: string }>(
  token: string,
  path: string[],
  verify: (token: string) => C | null,
  mayRead: (claims: C, token: string) => Promise<boolean>,
): Promise<Response> {
  const claims = verify(token);
  if (!claims || !(await mayRead(claims, token))) return new Response("Not found", { status: 404 });
  return storedPackageFile(claims.key, path.map((part) => decodeURIComponent(part)).join("/"), claims.origin);
}

/** One file of the package stored under `key`, framed only by this origin and `origin`; 404 when there is none. */
export async function storedPackageFile(key: string, relative: string, origin: string): Promise<Response> {
  const bytes = await readStoredFile(key, relative);
  if (!bytes) return new Response("Not found", { status: 404 });
  return new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": contentTypeOf(relative),
      "Cache-Control": "private, max-age=600",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": `frame-ancestors 'self' ${origin}`,
      "Referrer-Policy": "no-referrer",
    },
  });
}
