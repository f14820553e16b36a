"use client";

import { useEffect } from "react";

/** Follows a form's `redirectTo` (FormState) once its action succeeded, with a full page load. */
export function useFollowRedirect(redirectTo: string | undefined) {
  useEffect(() => {
    if (!redirectTo) return;
    const target = new URL(redirectTo, window.location.href);
    const here = new URL(window.location.href);
    if (target.pathname === here.pathname && target.search === here.search) {
      // Only the anchor differs (a second reply on a thread's last page): the browser would just scroll, without
      // what the form changed, so the page is loaded again at its anchor.
      window.location.hash = target.hash;
      window.location.reload();
    } else window.location.assign(target.href);
  }, [redirectTo]);
}
