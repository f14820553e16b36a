"use client";

import { useEffect } from "react";

/**
 * Keeps `<html lang dir>` on the language the root layout was last drawn in: React draws the document element
 * once per document, so after a refresh in another language its attributes are set here.
 */
export function DocumentLanguage({ lang, dir }: { lang: string; dir: "ltr" | "rtl" }) {
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dir;
  }, [lang, dir]);
  return null;
}
