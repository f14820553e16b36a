// Where the player goes when a SCORM 2004 SCO terminates with a navigation request (adl.nav.request, reported by
// the content runtime once the session's final commit is stored): the player's own addresses, whose launch the
// server's sequencing decides again (choose-sco.ts), so a request the rules refuse opens nothing.
export type PlayerNavigation = { go: string } | { leave: true } | null;

const CHOICE = /^\{target=([^}]{1,200})\}(choice|jump)$/;

/**
 * continue / previous: from the SCO shown; {target=ID}choice (or jump): that SCO; exitAll, abandonAll and
 * suspendAll: out of the course (the player closes); exit, abandon or none: the player stays with its contents.
 */
export function playerNavigation(
  request: unknown,
  current: number,
  positions: Record<string, number>,
): PlayerNavigation {
  if (typeof request !== "string") return null;
  if (request === "continue" || request === "previous") return { go: `?sco=${current}&nav=${request}` };
  if (request === "exitAll" || request === "abandonAll" || request === "suspendAll") return { leave: true };
  const choice = CHOICE.exec(request);
  const target = choice && Object.hasOwn(positions, choice[1]) ? positions[choice[1]] : undefined;
  return target === undefined ? null : { go: `?sco=${target}` };
}
