import type { InputHTMLAttributes } from "react";

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id"> {
  name: string;
  label: string;
  /** The translated error message, when the server refused the value. */
  error?: string;
  hint?: string;
}

/** A labelled input with its hint and error wired for screen readers; mandatory fields show *. */
export function TextField({ name, label, error, hint, required, ...input }: TextFieldProps) {
  const describedBy = [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={name} className="block font-medium">
        {label} {required ? <span aria-hidden="true">*</span> : null}
      </label>
      {hint ? <p id={`${name}-hint`} className="text-sm text-slate-600">{hint}</p> : null}
      <input
        id={name} name={name} required={required} aria-invalid={error ? true : undefined} aria-describedby={describedBy}
        className="mt-1 w-full rounded border border-slate-400 px-3 py-2 aria-[invalid=true]:border-red-700"
        {...input}
      />
      {error ? <p id={`${name}-error`} className="mt-1 text-sm text-red-800">{error}</p> : null}
    </div>
  );
}
