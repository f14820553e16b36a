/** How a button looks, shared by <Button>, <ButtonLink> and <ButtonAnchor> so that links styled as buttons match. */
export type ButtonVariant = "primary" | "secondary" | "danger" | "destructive" | "neutral";
export type ButtonSize = "md" | "sm" | "xs" | "icon";

const VARIANTS: Record<ButtonVariant, string> = {
  primary: "bg-brand text-white hover:bg-brand-strong",
  secondary: "border border-brand text-brand",
  // An outlined red button for removing or refusing one thing; "destructive" is the solid one for irreversible acts.
  danger: "border border-red-700 text-red-800",
  destructive: "bg-red-700 text-white hover:bg-red-800",
  // A quiet grey frame, for the icon buttons of a table row.
  neutral: "border border-slate-300 hover:bg-slate-100",
};

// Every size is at least 44 px high (and an icon button 44 px wide): a target a finger can hit.
const SIZES: Record<ButtonSize, string> = {
  md: "min-h-11 px-4 py-2 font-medium",
  sm: "min-h-11 px-3 py-1 text-sm font-medium",
  xs: "min-h-11 px-2 py-1",
  // A square button around an icon; its name is in aria-label.
  icon: "inline-flex min-h-11 min-w-11 items-center justify-center p-1.5",
};

export function buttonClass(variant: ButtonVariant = "primary", size: ButtonSize = "md", className?: string): string {
  return ["rounded", VARIANTS[variant], SIZES[size], "disabled:opacity-60", className].filter(Boolean).join(" ");
}
