// Parses Stripe's request encoding (application/x-www-form-urlencoded with bracketed keys, as the SDK writes
// it: line_items[0][price_data][currency]=usd) into nested objects and arrays.
type Node = Record<string, unknown> | unknown[];

export function parseFormBody(body: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const path = key.replace(/\]/g, "").split("[");
    let node: Node = root;
    path.forEach((part, index) => {
      const last = index === path.length - 1;
      const container = node as Record<string, unknown>;
      if (last) {
        container[part] = value;
        return;
      }
      const nextIsIndex = /^\d+$/.test(path[index + 1]);
      container[part] ??= nextIsIndex ? [] : {};
      node = container[part] as Node;
    });
  }
  return root;
}
