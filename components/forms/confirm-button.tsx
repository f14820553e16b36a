"use client";

import type { ButtonHTMLAttributes } from "react";

/** A submit button that asks before a destructive action (the question is already translated). */
export function ConfirmButton({ question, ...button }: ButtonHTMLAttributes<HTMLButtonElement> & { question: string }) {
  return <button type="submit" {...button} onClick={(event) => { if (!window.confirm(question)) event.preventDefault(); }} />;
}
