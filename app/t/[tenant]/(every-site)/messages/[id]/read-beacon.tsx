"use client";
import { useEffect } from "react";

// Tells the server the viewer read the conversation once its page is shown (the page's GET only reads).
export function ReadBeacon({ conversationId, unread }: { conversationId: string; unread: number }) {
  useEffect(() => {
    if (unread) navigator.sendBeacon(`/api/messages/${conversationId}/read`);
  }, [conversationId, unread]);
  return null;
}
