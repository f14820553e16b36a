// The one wrapper of route handlers: formPost for form posts and beacons (same-origin only), readRoute for
// GETs (files, JSON, exports). Each resolves the entry (site, viewer, permission) and maps typed errors to
// statuses with one table (toHttpStatus); a refusal can instead send the browser back to the page.
import type { Viewer } from "@/lib/auth/viewer";
import { NotFound, toHttpStatus } from "@/lib/errors";
import { isSameOrigin } from "@/lib/tenancy/same-origin";
import { resolveEntry, type Entry, type EntryOptions } from "./entry";
import { refusalOf, type Refusal } from "./refusal";
import { seeOther } from "./see-other";
import { statusResponse } from "./status-response";

type RouteParams = Record<string, string | string[]>;

export interface RouteInput<P, V extends Viewer | null> extends Entry {
  viewer: V;
  request: Request;
  params: P;
  /** The posted form, read once (the handler and onRefusal may both ask for it). */
  form: () => Promise<FormData>;
}

export interface RouteOptions<P, V extends Viewer | null> extends EntryOptions {
  /** Default true: anyone else gets 404. */
  signedIn?: boolean;
  /**
   * Where the browser goes after a refusal (Invalid, Conflict, Forbidden) instead of an error status, or the answer
   * itself (a page's script that asked for JSON).
   */
  onRefusal?: (refusal: Refusal, input: RouteInput<P, V>) => string | Response | Promise<string | Response>;
  /** Where the browser goes when the use case finds nothing (after the entry's checks passed): the row went away meanwhile. */
  onNotFound?: (input: RouteInput<P, V>) => string;
  /** The body of an error answer (default: the status's text). */
  errorBody?: (status: number) => Response;
}

/** A handler answers with a Response, or with the address of the page to see next (a 303). */
type Handler<P, V extends Viewer | null> = (input: RouteInput<P, V>) => Promise<Response | string>;
type NextRouteHandler<P> = (request: Request, route: { params: Promise<P> }) => Promise<Response>;

const answerOf = (answer: Response | string) => (typeof answer === "string" ? seeOther(answer) : answer);

function wrap<P, V extends Viewer | null>(
  sameOriginOnly: boolean,
  options: RouteOptions<P, V>,
  handler: Handler<P, V>,
): NextRouteHandler<P> {
  const fail = options.errorBody ?? statusResponse;
  return async (request, route) => {
    if (sameOriginOnly && !isSameOrigin(request)) return fail(403);
    let input: RouteInput<P, V> | undefined;
    try {
      const [entry, params] = await Promise.all([resolveEntry(options), route?.params ?? Promise.resolve({} as P)]);
      if (options.signedIn !== false && !entry.viewer) throw new NotFound();
      let form: Promise<FormData> | undefined;
      input = { ...entry, viewer: entry.viewer as V, request, params, form: () => (form ??= request.formData()) };
      return answerOf(await handler(input));
    } catch (error) {
      return answerError(error, input);
    }
  };

  async function answerError(error: unknown, input: RouteInput<P, V> | undefined): Promise<Response> {
    // Only the use case's errors lead back to a page; the entry's checks answer with their status.
    if (input) {
      try {
        const refusal = options.onRefusal ? refusalOf(error) : null;
        if (refusal && options.onRefusal) return answerOf(await options.onRefusal(refusal, input));
        if (error instanceof NotFound && options.onNotFound) return seeOther(options.onNotFound(input));
      } catch (inRecovery) {
        error = inRecovery;
      }
    }
    const status = toHttpStatus(error);
    if (status === 500) throw error;
    return fail(status);
  }
}

/** A form post (or beacon) from the site's own pages; cross-origin posts get 403. */
export function formPost<P extends RouteParams = Record<string, never>>(
  options: RouteOptions<P, Viewer> & { signedIn?: true },
  handler: Handler<P, Viewer>,
): NextRouteHandler<P>;
export function formPost<P extends RouteParams = Record<string, never>>(
  options: RouteOptions<P, Viewer | null> & { signedIn: false },
  handler: Handler<P, Viewer | null>,
): NextRouteHandler<P>;
export function formPost<P extends RouteParams>(
  options: RouteOptions<P, Viewer> | RouteOptions<P, Viewer | null>,
  handler: Handler<P, Viewer> | Handler<P, Viewer | null>,
): NextRouteHandler<P> {
  return wrap(true, options as RouteOptions<P, Viewer | null>, handler as Handler<P, Viewer | null>);
}

/** A GET answering a file, JSON or an export. */
export function readRoute<P extends RouteParams = Record<string, never>>(
  options: RouteOptions<P, Viewer> & { signedIn?: true },
  handler: Handler<P, Viewer>,
): NextRouteHandler<P>;
export function readRoute<P extends RouteParams = Record<string, never>>(
  options: RouteOptions<P, Viewer | null> & { signedIn: false },
  handler: Handler<P, Viewer | null>,
): NextRouteHandler<P>;
export function readRoute<P extends RouteParams>(
  options: RouteOptions<P, Viewer> | RouteOptions<P, Viewer | null>,
  handler: Handler<P, Viewer> | Handler<P, Viewer | null>,
): NextRouteHandler<P> {
  return wrap(false, options as RouteOptions<P, Viewer | null>, handler as Handler<P, Viewer | null>);
}

/**
 * A post authorised by a signed token in its own address, never by cookies, so any origin may send it: a mail
 * client's one-click unsubscribe (RFC 8058) posts from no page of ours. The token's use case checks it.
 */
export function tokenPost<P extends RouteParams>(
  options: RouteOptions<P, Viewer | null> & { signedIn: false },
  handler: Handler<P, Viewer | null>,
): NextRouteHandler<P> {
  return wrap(false, options, handler);
}
