import type { HTMLAttributes } from "react";

/** What a list shows when it has nothing to list (no results, no sessions yet…). */
export function EmptyState({ className, ...paragraph }: HTMLAttributes<HTMLParagraphElement>) {
  return (
    <p
      className={["rounded border border-slate-200 bg-white p-4", className].filter(Boolean).join(" ")}
      {...paragraph}
    />
  );
}
