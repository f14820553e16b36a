import type { SelectHTMLAttributes } from "react";
import { fieldClass } from "./field-class";

/** A drop-down list in the product's field style. */
export function Select({ className, ...select }: SelectHTMLAttributes<HTMLSelectElement>) {
  return <select className={fieldClass(className)} {...select} />;
}
