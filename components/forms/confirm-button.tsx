"use client";

import { Button, type ButtonProps } from "@/components/ui/button";

/** A submit button that asks before a destructive action (the question is already translated). */
export function ConfirmButton({ question, ...button }: ButtonProps & { question: string }) {
  return (
    <Button
      {...button}
      onClick={(event) => {
        if (!window.confirm(question)) event.preventDefault();
      }}
    />
  );
}
