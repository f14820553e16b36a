import { FormField } from "@/components/ui/form-field";

interface FileFieldProps {
  name: string;
  /** The input's id, when the name is also another element's id on the page (default: the name). */
  id?: string;
  label: string;
  hint?: string;
  error?: string;
  /** The types the picker offers (the server checks the file's own bytes). */
  accept: string;
  required?: boolean;
  /** Several files may be chosen at once. */
  multiple?: boolean;
}

/** A labelled file picker with its hint and the server's error: a FormField around a file input. */
export function FileField({ accept, multiple, ...field }: FileFieldProps) {
  return (
    <FormField {...field}>
      {(control) => <input {...control} type="file" accept={accept} multiple={multiple} className="mt-1" />}
    </FormField>
  );
}
