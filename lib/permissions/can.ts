// The one way to ask whether someone may do something: can() for the interface, assertCan() for the wrappers
// and the data layer (NotFound, so that what may not be done is not known to exist).
import { NotFound } from "@/lib/errors";
import { PERMISSIONS, type Action, type Principal, type Subject } from "./rules";

/** Every action also needs the site to admit the viewer, so no rule is ever asked about a foreign site's account. */
export function can(action: Action, { site, viewer }: Subject): boolean {
  return viewer !== null && PERMISSIONS["site.use"](site, viewer) && PERMISSIONS[action](site, viewer);
}

/** The viewer, when they may do `action` on the site; NotFound otherwise. */
export function assertCan<V extends Principal>(action: Action, subject: { site: Subject["site"]; viewer: V | null }): V {
  if (!subject.viewer || !can(action, subject)) throw new NotFound();
  return subject.viewer;
}
