"use client";

import { useEffect, type ReactNode } from "react";
import { ButtonAnchor } from "@/components/ui/button-anchor";

/**
 * A link that opens a player in a pop-up window (as learners of SCORM courses expect), or a new tab without
 * JavaScript. When the player reports the end of a session, this page reloads to show the new ticks.
 */
export function OpenInPopup({ href, label, children }: { href: string; label: string; children: ReactNode }) {
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin === window.location.origin && (event.data as { type?: string })?.type === "scorm-finished") window.location.reload();
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, []);
  return (
    <ButtonAnchor
      href={href}
      target="_blank"
      rel="opener"
      aria-label={label}
      size="sm"
      onClick={(event) => {
        const popup = window.open(href, "clikc-player", "popup,width=1100,height=800");
        if (popup) event.preventDefault();
      }}
    >
      {children}
    </ButtonAnchor>
  );
}
