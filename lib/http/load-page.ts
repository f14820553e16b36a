// The one loader of pages: the entry (site, viewer, context) with the page's checks, and its view use case's
// errors as pages. A host that names no site, the wrong kind of site or a missing permission: the 404 page;
// a page for signed-in users, visited signed out: the sign-in page, back here afterwards.
import { notFound, redirect } from "next/navigation";
import { NotFound } from "@/lib/errors";
import { guestScope } from "@/lib/guest/guest-scope";
import { checkPermission, currentEntry, type Entry, type EntryOptions, type SignedInEntry } from "./entry";

export interface PageOptions extends EntryOptions {
  /** The page's own path: only signed-in viewers see it, others sign in first and come back to it. */
  signIn?: string;
  /** With `signIn`: a visitor on a site that admits guests sees the page as a guest instead (ADR 0042). */
  guests?: boolean;
}

export async function loadPage(options: PageOptions & { signIn: string; guests: true }): Promise<Entry>;
export async function loadPage(options: PageOptions & { signIn: string }): Promise<SignedInEntry>;
export async function loadPage(options?: PageOptions): Promise<Entry>;
export async function loadPage(options: PageOptions = {}): Promise<Entry> {
  const entry = await orNotFound(currentEntry(options));
  if (options.signIn !== undefined && !entry.viewer && !(options.guests && guestScope(entry)))
    signInFirst(options.signIn);
  try {
    checkPermission(entry, options);
  } catch (error) {
    if (error instanceof NotFound) notFound();
    throw error;
  }
  return entry;
}

/** A view use case's NotFound as the 404 page. */
export function orNotFound<T>(promise: Promise<T>): Promise<T> {
  return promise.catch((error: unknown) => {
    if (error instanceof NotFound) notFound();
    throw error;
  });
}

/**
 * On a page guests may see (`guests: true`): a view use case's NotFound sends a visitor to sign in, as every page
 * for signed-in users does (what they asked for may be theirs once signed in), and is the 404 page for a viewer.
 */
export function orSignInOrNotFound<T>(visitor: boolean, signIn: string, promise: Promise<T>): Promise<T> {
  return promise.catch((error: unknown) => {
    if (error instanceof NotFound && visitor) signInFirst(signIn);
    if (error instanceof NotFound) notFound();
    throw error;
  });
}

function signInFirst(returnTo: string): never {
  redirect(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
}
