// Course descriptions are written in a small Markdown subset and parsed into a tree that the interface
// renders as React elements: no HTML from authors ever reaches a page, so there is nothing to sanitise.
// Supported: paragraphs (blank line), "- " lists, **bold**, *italic*, [links](https://...).

export type Inline =
  | { kind: "text"; text: string }
  | { kind: "strong"; children: Inline[] }
  | { kind: "em"; children: Inline[] }
  | { kind: "link"; href: string; children: Inline[] };

export type Block = { kind: "paragraph"; children: Inline[] } | { kind: "list"; items: Inline[][] };

const SAFE_LINK = /^(https?:\/\/|mailto:)[^\s<>"]+$/i;
const INLINE = /\*\*(.+?)\*\*|\*(.+?)\*|\[([^\]]+)\]\(([^)\s]+)\)/;

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let rest = text;
  while (rest) {
    const match = INLINE.exec(rest);
    if (!match) {
      out.push({ kind: "text", text: rest });
      break;
    }
    if (match.index > 0) out.push({ kind: "text", text: rest.slice(0, match.index) });
    const [whole, strong, em, label, href] = match;
    if (strong !== undefined) out.push({ kind: "strong", children: parseInline(strong) });
    else if (em !== undefined) out.push({ kind: "em", children: parseInline(em) });
    // A link to anything but the web or e-mail (javascript:, data:) stays plain text.
    else if (SAFE_LINK.test(href)) out.push({ kind: "link", href, children: parseInline(label) });
    else out.push({ kind: "text", text: whole });
    rest = rest.slice(match.index + whole.length);
  }
  return out;
}

export function parseRichText(source: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of source.replace(/\r\n?/g, "\n").split(/\n\s*\n/)) {
    const lines = chunk
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean);
    if (lines.length === 0) continue;
    if (lines.every((line) => line.startsWith("- ")))
      blocks.push({ kind: "list", items: lines.map((line) => parseInline(line.slice(2))) });
    else blocks.push({ kind: "paragraph", children: parseInline(lines.join(" ")) });
  }
  return blocks;
}
