// Searching users by name in SQL: every word matches the first or the last name.
import { Prisma } from "@/lib/db";

/** `%word%` for ILIKE, with the pattern's own wildcards escaped. */
export function containsPattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Every word of `q` must match the first or the last name (so "amina wanj" finds Amina Wanjiru). */
export function nameSearchSql(q: string): Prisma.Sql {
  const words = q.trim().slice(0, 100).split(/\s+/).filter(Boolean).slice(0, 8);
  if (!words.length) return Prisma.empty;
  return Prisma.join(
    words.map(
      (word) =>
        Prisma.sql`AND (u."firstName" ILIKE ${containsPattern(word)} OR u."lastName" ILIKE ${containsPattern(word)})`,
    ),
    " ",
  );
}
