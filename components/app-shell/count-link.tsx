import type { LucideIcon } from "lucide-react";
import { Link } from "@/components/ui/link";

/** A header link with a count of what is new behind it (Alerts, Messages): the count is in its name too. */
export function CountLink({
  href,
  icon: Icon,
  label,
  unreadLabel,
  count,
  testId,
}: {
  href: string;
  icon: LucideIcon;
  label: string;
  /** The link's name when the count is not zero, saying it. */
  unreadLabel: string;
  count: number;
  testId: string;
}) {
  return (
    <Link
      href={href}
      className="flex min-h-11 items-center gap-1 rounded px-2 hover:underline"
      aria-label={count ? unreadLabel : label}
      data-testid={testId}
    >
      <Icon size={18} aria-hidden="true" focusable={false} />
      <span>{label}</span>
      {count ? (
        <span aria-hidden="true" className="rounded-full bg-white px-1.5 text-xs font-bold text-[var(--site-brand)]">
          {count}
        </span>
      ) : null}
    </Link>
  );
}
