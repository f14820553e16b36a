/** How a text input, select or text area looks (its layout, such as mt-1 w-full, is the caller's); red once refused. */
export const FIELD_CLASS = "rounded border border-slate-400 px-3 py-2 aria-[invalid=true]:border-red-700";

export const fieldClass = (className?: string) => [FIELD_CLASS, className].filter(Boolean).join(" ");
