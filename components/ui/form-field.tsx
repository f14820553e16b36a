import type { ReactNode } from "react";
import { FieldError } from "./field-error";
import { Label } from "./label";

/** What a field's control spreads, so that its label, hint and error are its own for screen readers. */
export interface FieldControl {
  id: string;
  name: string;
  required?: boolean;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
  /** The layout of a text-like control under its label; file inputs and check boxes leave it out. */
  className: string;
}

interface FormFieldProps {
  name: string;
  /** The control's id, when a page has two fields of one name (default: the name). */
  id?: string;
  label: ReactNode;
  /** Shown between the label and the control, and read with the control. */
  hint?: ReactNode;
  /** The translated message, when the server refused the value. */
  error?: string;
  /** Marks the label with * and the control as required. */
  required?: boolean;
  className?: string;
  /** The control: an <Input>, <Select>, <TextArea> or file input spreading what it is given. */
  children: (control: FieldControl) => ReactNode;
}

/** One field of a form: its label (* when mandatory), hint, control and the server's error, wired together. */
export function FormField({ name, id = name, label, hint, error, required, className, children }: FormFieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={className}>
      <Label htmlFor={id}>
        {label} {required ? <span aria-hidden="true">*</span> : null}
      </Label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {children({
        id,
        name,
        required,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy || undefined,
        className: "mt-1 w-full",
      })}
      {error ? <FieldError id={`${id}-error`}>{error}</FieldError> : null}
    </div>
  );
}
