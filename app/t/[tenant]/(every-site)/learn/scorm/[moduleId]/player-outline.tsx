import { Check, Lock } from "lucide-react";
import type { PlayerOutlineItem } from "@/lib/scorm/launch-sco";
import type { LockReason } from "@/lib/scorm/sequencing/choose-sco";

export interface OutlineLabels {
  done: string;
  lockedLabel: string;
  locked: Record<LockReason, string>;
}

/**
 * The package's table of contents: the manifest's groups and titles, a tick on each SCO done, and the SCOs that
 * sequencing keeps the learner from choosing shown locked, with the reason.
 */
export function PlayerOutline({
  items,
  current,
  labels,
}: {
  items: PlayerOutlineItem[];
  current: number | null;
  labels: OutlineLabels;
}) {
  return (
    <ol className="space-y-1 ps-4">
      {items.map((item, index) => (
        <li key={`${index}-${item.title}`}>
          {item.position !== null && item.locked ? (
            <span className="text-sm text-slate-600" data-testid="locked-sco">
              <Lock size={14} aria-hidden="true" className="me-1 inline" />
              {item.title}
              <span className="sr-only"> ({labels.lockedLabel})</span>
              <span className="block ps-5 text-xs">{labels.locked[item.locked]}</span>
            </span>
          ) : item.position !== null ? (
            <a
              href={`?sco=${item.position}`}
              aria-current={item.position === current ? "page" : undefined}
              className="text-sm underline-offset-2 hover:underline aria-[current=page]:font-semibold"
            >
              {item.done ? <Check size={16} aria-hidden="true" className="me-1 inline text-green-700" /> : null}
              {item.title}
              {item.done ? <span className="sr-only"> ({labels.done})</span> : null}
            </a>
          ) : (
            <span className="text-sm font-medium">{item.title}</span>
          )}
          {item.children.length ? <PlayerOutline items={item.children} current={current} labels={labels} /> : null}
        </li>
      ))}
    </ol>
  );
}
