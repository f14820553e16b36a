// CPU time of process trees on Linux, read from /proc, for benchmarks that share the machine between the
// server, the database and the load generator: which of them used the cores. Elsewhere every figure is null.
import { readdirSync, readFileSync } from "node:fs";

const TICKS_PER_SECOND = 100; // USER_HZ, 100 on Linux

interface Stat {
  pid: number;
  ppid: number;
  ms: number;
  /** What its children that ended and were waited for used (cutime, cstime). */
  endedChildrenMs: number;
}

function readStats(): Stat[] {
  const stats: Stat[] = [];
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return stats;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const text = readFileSync(`/proc/${entry}/stat`, "utf8");
      // The command name is in parentheses and may hold spaces: fields are counted after its closing one.
      const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
      const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime
      const ended = Number(fields[13]) + Number(fields[14]); // cutime, cstime
      stats.push({
        pid: Number(entry),
        ppid: Number(fields[1]),
        ms: (ticks * 1000) / TICKS_PER_SECOND,
        endedChildrenMs: (ended * 1000) / TICKS_PER_SECOND,
      });
    } catch {
      // the process ended while we read
    }
  }
  return stats;
}

/**
 * CPU milliseconds used so far by `root`'s descendants (not `root` itself), leaving out the trees under
 * `exclude`; null where /proc cannot be read. Processes that already ended are not counted, unless `ended`: then
 * those a living descendant waited for are (a database server's backends of closed connections).
 */
export function descendantsCpuMs(
  root: number,
  exclude: number[] = [],
  { ended = false }: { ended?: boolean } = {},
): number | null {
  const stats = readStats();
  if (!stats.length) return null;
  const children = new Map<number, Stat[]>();
  for (const stat of stats) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat]);
  const skip = new Set(exclude);
  const below = (pid: number): number =>
    (children.get(pid) ?? []).reduce(
      (total, child) =>
        total + (skip.has(child.pid) ? 0 : child.ms + (ended ? child.endedChildrenMs : 0) + below(child.pid)),
      0,
    );
  return below(root);
}
