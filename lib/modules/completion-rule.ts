// What completes each kind of module, as the course page states it to the learner ("Required: watch 80 %",
// "Required: pass with 70 %"), the same rules the server applies (lib/learning/refresh-progress.ts and this
// area's use cases). SCORM modules follow the package's own rules (ADR 0017).
export type CompletionRule =
  | { kind: "scorm" }
  | { kind: "watch"; percent: number }
  | { kind: "watchExternal" }
  | { kind: "open" }
  | { kind: "read" }
  | { kind: "pass"; percent: number }
  | { kind: "send" };

export function completionRule(m: {
  kind: string;
  content: { watchPercent: number; url: string | null; storageKey: string | null } | null;
  quizSettings: { passPercent: number } | null;
}): CompletionRule {
  switch (m.kind) {
    case "VIDEO":
      return m.content?.url && !m.content.storageKey
        ? { kind: "watchExternal" }
        : { kind: "watch", percent: m.content?.watchPercent ?? 80 };
    case "RESOURCE":
      return { kind: "open" };
    case "PAGE":
      return { kind: "read" };
    case "QUIZ":
      return { kind: "pass", percent: m.quizSettings?.passPercent ?? 70 };
    case "EVALUATION":
      return { kind: "send" };
    default:
      return { kind: "scorm" };
  }
}
