// A post's text as stored and shown: the platform's small Markdown subset (**bold**, *italic*, "- " lists,
// [links](https://…)) and the same few HTML tags, turned into HTML and then sanitised on the server with the one
// allow-list below. Nothing else survives: no images, scripts, styles, attributes or event handlers.
import sanitizeHtml from "sanitize-html";
import { Invalid } from "@/lib/errors";

const ALLOW_LIST: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "strong", "b", "em", "i", "ul", "ol", "li", "a"],
  allowedAttributes: { a: ["href", "rel"] },
  allowedSchemes: ["https", "http", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  disallowedTagsMode: "discard",
  transformTags: { a: sanitizeHtml.simpleTransform("a", { rel: "nofollow noopener" }) },
};

function inline(text: string): string {
  return (
    text
      .replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")
      .replace(/\*(.+?)\*/g, "<em>$1</em>")
      // Only a link to the web or to an address becomes one; the allow-list removes any other href typed as HTML.
      .replace(/\[([^\]]+)\]\(((?:https?:\/\/|mailto:)[^)\s]+)\)/g, '<a href="$2">$1</a>')
  );
}

function block(paragraph: string): string {
  const lines = paragraph.split("\n");
  if (lines.every((line) => /^\s*- /.test(line))) {
    return `<ul>${lines.map((line) => `<li>${inline(line.replace(/^\s*- /, ""))}</li>`).join("")}</ul>`;
  }
  return `<p>${lines.map(inline).join("<br>")}</p>`;
}

/** The sanitised HTML of what an author wrote. */
export function formatPost(source: string): string {
  const paragraphs = source
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return sanitizeHtml(paragraphs.map(block).join(""), ALLOW_LIST);
}

/** What is left to read once the markup is gone: a post of only a removed image or script is empty. */
function readableText(html: string): string {
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} }).trim();
}

/** The sanitised HTML of a post to store; Invalid (the body's `required`) when nothing readable is left. */
export function postBody(source: string): string {
  const body = formatPost(source);
  if (!readableText(body)) throw new Invalid({ body: "required" });
  return body;
}
