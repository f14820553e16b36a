import { registry } from "@/lib/db";

/** Topic slug -> name in the locale (English when the locale has none). */
export async function topicNames(locale: string): Promise<Map<string, string>> {
  const topics = await registry.topic().findMany();
  return new Map(topics.map((t) => {
    const names = t.names as Record<string, string>;
    return [t.slug, names[locale] ?? names.en ?? t.slug];
  }));
}
