import type { ComponentPropsWithRef, ElementType } from "react";

type PanelProps<T extends ElementType> = { as?: T; roomy?: boolean } & Omit<ComponentPropsWithRef<T>, "as">;

/** A white framed box holding one part of a page: a form, a section, a list item (a <section> unless `as` says). */
export function Panel<T extends ElementType = "section">({ as, roomy = false, className, ...props }: PanelProps<T>) {
  const Element: ElementType = as ?? "section";
  return (
    <Element
      className={[className, "rounded-lg border border-slate-200 bg-white", roomy ? "p-6" : "p-4"]
        .filter(Boolean)
        .join(" ")}
      {...props}
    />
  );
}
