// Memoises a loader for the current request. React's cache() does so in Server Components only; route
// handlers get the same through the request's headers object, which lives exactly as long as the request.
import { headers } from "next/headers";
import { cache } from "react";

export function perRequest<T>(load: () => Promise<T>): () => Promise<T> {
  const memo = new WeakMap<object, Promise<T>>();
  return cache(async () => {
    const key = await headers();
    const hit = memo.get(key);
    if (hit) return hit;
    const value = load();
    memo.set(key, value);
    return value;
  });
}
