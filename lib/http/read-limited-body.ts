/** The request's body as text, or null once it is longer than `maxChars` characters. */
export async function readLimitedText(request: Request, maxChars: number): Promise<string | null> {
  const raw = await request.text();
  return raw.length > maxChars ? null : raw;
}
