/**
 * The platform's name is a Latin trademark: it keeps its left-to-right reading order in an Arabic page ("CLiKC!",
 * not "!CLiKC", which is what the bidirectional algorithm makes of a trailing "!" in a right-to-left paragraph).
 */
export function BrandName({ name }: { name: string }) {
  return (
    <bdi dir="ltr" data-testid="brand-name">
      {name}
    </bdi>
  );
}

/** The same for the name inside a translated sentence: a left-to-right isolate (U+2066 … U+2069) around it. */
export const isolatedBrandName = (name: string) => `\u2066${name}\u2069`;
