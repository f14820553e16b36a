"use client";

import { useEffect, useLayoutEffect, useRef, type SelectHTMLAttributes } from "react";
import { fieldClass } from "./field-class";

/**
 * A drop-down list in the product's field style. A form posted through a server action is reset by React once
 * the answer arrives, and a browser resets a list to its first option (React never marks the default as the
 * selected one): the list chooses its `defaultValue` again after a reset, so a refused form keeps the choice.
 */
export function Select({ className, ...select }: SelectHTMLAttributes<HTMLSelectElement>) {
  const element = useRef<HTMLSelectElement>(null);
  const defaultValue = useRef(select.defaultValue);
  useLayoutEffect(() => {
    defaultValue.current = select.defaultValue;
  }, [select.defaultValue]);
  useEffect(() => {
    const form = element.current?.form;
    if (!form) return;
    const restore = () =>
      setTimeout(() => {
        if (element.current && defaultValue.current !== undefined && select.value === undefined)
          element.current.value = String(defaultValue.current);
      });
    form.addEventListener("reset", restore);
    return () => form.removeEventListener("reset", restore);
  }, [select.value]);
  return <select ref={element} className={fieldClass(className)} {...select} />;
}
