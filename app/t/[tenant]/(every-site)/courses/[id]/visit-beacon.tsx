"use client";
import { useEffect } from "react";

// Tells the server the learner opened the course once the page is shown (the page's GET only reads).
export function VisitBeacon({ courseId }: { courseId: string }) {
  useEffect(() => {
    navigator.sendBeacon(`/api/courses/${courseId}/visit`);
  }, [courseId]);
  return null;
}
