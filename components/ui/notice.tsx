import type { HTMLAttributes } from "react";

const TONES = {
  success: { role: "status", colours: "bg-green-50 text-green-900", border: "border border-green-300" },
  error: { role: "alert", colours: "bg-red-50 text-red-900", border: "border border-red-300" },
} as const;

interface NoticeProps extends HTMLAttributes<HTMLParagraphElement> {
  /** A success is announced politely (role=status), an error at once (role=alert). */
  tone: keyof typeof TONES;
  /** Framed with a border (page-level outcomes); unframed by default. */
  bordered?: boolean;
  /** Less padding, inside a form. */
  compact?: boolean;
}

/** The outcome of what the user just did, announced to screen readers. */
export function Notice({ tone, bordered = false, compact = false, className, ...paragraph }: NoticeProps) {
  const { role, colours, border } = TONES[tone];
  return (
    <p
      role={role}
      className={["rounded", bordered ? border : null, colours, compact ? "p-2" : "p-3", className]
        .filter(Boolean)
        .join(" ")}
      {...paragraph}
    />
  );
}
