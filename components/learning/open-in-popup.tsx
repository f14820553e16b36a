"use client";

import { ButtonAnchor } from "@/components/ui/button-anchor";
import { useEffect, useState, type ReactNode } from "react";

/**
 * A link that opens a player in a pop-up window (as learners of SCORM courses expect), or a new tab without
 * JavaScript or when the browser blocks the pop-up (and then says so). When the player reports the end of a
 * session, this page reloads to show the new ticks.
 */
export function OpenInPopup({
  href,
  label,
  blockedMessage,
  children,
}: {
  href: string;
  label: string;
  blockedMessage?: string;
  children: ReactNode;
}) {
  const [blocked, setBlocked] = useState(false);
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.origin === window.location.origin && (event.data as { type?: string })?.type === "scorm-finished")
        window.location.reload();
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, []);
  return (
    <>
      {blocked && blockedMessage ? (
        <span role="alert" className="text-sm text-amber-800">
          {blockedMessage}
        </span>
      ) : null}
      <ButtonAnchor
        href={href}
        target="_blank"
        rel="opener"
        aria-label={label}
        size="sm"
        onClick={(event) => {
          const popup = window.open(href, "clikc-player", "popup,width=1100,height=800");
          if (popup) event.preventDefault();
          else setBlocked(true);
        }}
      >
        {children}
      </ButtonAnchor>
    </>
  );
}
