// Question texts from other tools come as HTML or Moodle markup: kept as plain text (tags dropped, the common
// entities decoded, spaces collapsed), since quizzes show their texts as text.
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

export function plainText(markup: string): string {
  return markup
    .replace(/<br\s*\/?>/gi, " ")
    .replace(/<[^>]*>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole: string, body: string) => {
      if (body[0] !== "#") return ENTITIES[body.toLowerCase()] ?? whole;
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    })
    .replace(/\s+/g, " ")
    .trim();
}
