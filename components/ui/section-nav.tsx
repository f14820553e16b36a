import { Link } from "@/components/ui/link";

/** A part of the site's sections as links, the current one marked (the coordinators' console, the information point). */
export function SectionNav({
  label,
  links,
  current,
}: {
  label: string;
  links: readonly { href: string; key: string; label: string }[];
  current: string;
}) {
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-2">
        {links.map((link) => (
          <li key={link.key}>
            <Link
              href={link.href}
              aria-current={link.key === current ? "page" : undefined}
              className="inline-flex min-h-11 items-center rounded border border-slate-300 px-3 aria-[current=page]:bg-brand aria-[current=page]:text-white"
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
