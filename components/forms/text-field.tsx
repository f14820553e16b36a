import type { InputHTMLAttributes } from "react";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id"> {
  name: string;
  /** The input's id, when the page has another field of the same name (default: the name). */
  id?: string;
  label: string;
  /** The translated error message, when the server refused the value. */
  error?: string;
  hint?: string;
}

/** A labelled text-like input: a FormField around an Input, the most common field. */
export function TextField({ name, id, label, error, hint, required, ...input }: TextFieldProps) {
  return (
    <FormField name={name} id={id} label={label} hint={hint} error={error} required={required}>
      {(control) => <Input {...control} {...input} />}
    </FormField>
  );
}
