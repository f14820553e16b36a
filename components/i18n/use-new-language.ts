"use client";

import { useLocale } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import type { FormState } from "@/lib/http/form-state";

/**
 * After a form saved another preferred language (its state keeps the values), draws the whole page again from the
 * root layout: a client navigation keeps the layouts it already has, so without this `<html lang dir>`, the header
 * and the menus would stay in the old language until a full page load. Once per save.
 */
export function useNewLanguage(state: FormState) {
  const router = useRouter();
  const current = useLocale();
  const refreshed = useRef<FormState | null>(null);
  const saved = state.done ? state.values.locale : undefined;
  useEffect(() => {
    if (!saved || saved === current || refreshed.current === state) return;
    refreshed.current = state;
    router.refresh();
  }, [saved, current, state, router]);
}
