// A timed attempt's rule, the server's clock only: answers that reach it after the deadline and a short grace count
// for nothing, however long ago the device says they were given (ADR 0050).

// Answers sent a little after the deadline (a slow connection) still count.
const GRACE_MS = 30_000;

/** Whether answers arriving at `at` came after the attempt's time limit. */
export function isLate(deadline: Date | null, at: Date): boolean {
  return deadline !== null && at.getTime() > deadline.getTime() + GRACE_MS;
}
