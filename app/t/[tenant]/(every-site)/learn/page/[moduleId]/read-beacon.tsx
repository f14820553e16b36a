"use client";
import { useEffect } from "react";

// Tells the server the learner was shown the page (the page's GET only reads): that completes the module.
export function ReadBeacon({ moduleId }: { moduleId: string }) {
  useEffect(() => {
    navigator.sendBeacon(`/api/learn/page/${moduleId}/read`);
  }, [moduleId]);
  return null;
}
