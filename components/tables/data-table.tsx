import type { ReactNode } from "react";

export interface Column {
  label: string;
  align?: "start" | "end";
}

/**
 * A table with a screen-reader caption and column headers; the rows are the caller's. A table wider than the screen
 * scrolls inside its own frame, never the page: the frame is a named region that takes keyboard focus, so it can be
 * scrolled with the arrow keys too. It is positioned, so that screen-reader-only text (absolute) in a cell stays in
 * the frame instead of widening the page.
 */
export function DataTable({
  caption,
  columns,
  children,
  className = "",
}: {
  caption: string;
  columns: Column[];
  children: ReactNode;
  className?: string;
}) {
  return (
    <div
      role="region"
      aria-label={caption}
      tabIndex={0}
      className="relative max-w-full overflow-x-auto"
      data-testid="table-frame"
    >
      <table className={`w-full border-collapse bg-white ${className}`}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            {columns.map((column) => (
              <th
                key={column.label}
                scope="col"
                className={`p-2 ${column.align === "end" ? "text-end" : "text-start"}`}
              >
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
