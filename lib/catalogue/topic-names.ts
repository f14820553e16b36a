import { registry, sharedCache } from "@/lib/db";

// Topics are reference data (seeded; no screen edits them), read by every catalogue page: kept ten minutes.
const topics = sharedCache<Array<{ slug: string; names: unknown }>>("topics", { ttlMs: 10 * 60_000, maxEntries: 1 });

/** Topic slug -> name in the locale (English when the locale has none). */
export async function topicNames(locale: string): Promise<Map<string, string>> {
  const rows = await topics.get("all", () => registry.topic().findMany({ select: { slug: true, names: true } }));
  return new Map(
    rows.map((t) => {
      const names = t.names as Record<string, string>;
      return [t.slug, names[locale] ?? names.en ?? t.slug];
    }),
  );
}
