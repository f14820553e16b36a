import { Check } from "lucide-react";
import type { PlayerOutlineItem } from "@/lib/scorm/launch-sco";

/** The package's table of contents: the manifest's groups and titles, a tick on each SCO done. */
export function PlayerOutline({
  items,
  current,
  doneLabel,
}: {
  items: PlayerOutlineItem[];
  current: number;
  doneLabel: string;
}) {
  return (
    <ol className="space-y-1 ps-4">
      {items.map((item, index) => (
        <li key={`${index}-${item.title}`}>
          {item.position !== null ? (
            <a
              href={`?sco=${item.position}`}
              aria-current={item.position === current ? "page" : undefined}
              className="text-sm underline-offset-2 hover:underline aria-[current=page]:font-semibold"
            >
              {item.done ? <Check size={16} aria-hidden="true" className="me-1 inline text-green-700" /> : null}
              {item.title}
              {item.done ? <span className="sr-only"> ({doneLabel})</span> : null}
            </a>
          ) : (
            <span className="text-sm font-medium">{item.title}</span>
          )}
          {item.children.length ? (
            <PlayerOutline items={item.children} current={current} doneLabel={doneLabel} />
          ) : null}
        </li>
      ))}
    </ol>
  );
}
