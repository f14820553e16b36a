import type { InputHTMLAttributes } from "react";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id"> {
  name: string;
  label: string;
  /** The translated error message, when the server refused the value. */
  error?: string;
  hint?: string;
}

/** A labelled text-like input: a FormField around an Input, the most common field. */
export function TextField({ name, label, error, hint, required, ...input }: TextFieldProps) {
  return (
    <FormField name={name} label={label} hint={hint} error={error} required={required}>
      {(control) => <Input {...control} {...input} />}
    </FormField>
  );
}
