"use client";

import { useEffect, useState } from "react";
import { ButtonAnchor } from "@/components/ui/button-anchor";

interface Labels {
  waiting: string;
  paid: string;
  paidSeats: string;
  failed: string;
  startCourse: string;
  myLearning: string;
  manageSeats: string;
}

/** Polls the order until the webhook has fulfilled it (the browser's return proves nothing). */
export function OrderStatus({ orderId, labels }: { orderId: string; labels: Labels }) {
  const [state, setState] = useState<{ status: string; seats: number | null; courseId: string | null } | null>(null);
  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      const response = await fetch(`/api/store/orders/${orderId}`, { cache: "no-store" }).catch(() => null);
      if (stopped) return;
      const value = response?.ok ? await response.json() : null;
      if (value) setState(value);
      if (!value || value.status === "PENDING") setTimeout(poll, 1000);
    };
    void poll();
    return () => {
      stopped = true;
    };
  }, [orderId]);
  if (!state || state.status === "PENDING")
    return (
      <p role="status" aria-live="polite">
        {labels.waiting}
      </p>
    );
  if (state.status !== "PAID") return <p role="alert">{labels.failed}</p>;
  return (
    <div role="status" aria-live="polite" className="space-y-3">
      <p className="font-medium text-green-900">{state.seats ? labels.paidSeats : labels.paid}</p>
      <p className="flex flex-wrap gap-3">
        {state.seats ? (
          <ButtonAnchor href="/company">{labels.manageSeats}</ButtonAnchor>
        ) : state.courseId ? (
          <ButtonAnchor href={`/courses/${state.courseId}?tab=course`}>{labels.startCourse}</ButtonAnchor>
        ) : null}
        {state.seats ? null : (
          <ButtonAnchor href="/dashboard" variant="secondary">
            {labels.myLearning}
          </ButtonAnchor>
        )}
      </p>
    </div>
  );
}
