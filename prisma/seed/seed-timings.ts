// What each step of the demo seed spent, for `npm run measure:seed`: the time inside each named generator,
// summed over its calls (steps that run concurrently overlap, so the sum may exceed the seed's own time).
const spent = new Map<string, number>();

export async function timed<T>(step: string, work: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    spent.set(step, (spent.get(step) ?? 0) + performance.now() - started);
  }
}

/** The steps' times in milliseconds since the last call, in the order they first ran; then starts again. */
export function takeSeedTimings(): [string, number][] {
  const entries = [...spent.entries()];
  spent.clear();
  return entries;
}
