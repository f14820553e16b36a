import { Lock, Pin } from "lucide-react";
import { getTranslations } from "next-intl/server";

/** A thread's "Pinned" and "Locked" marks, on the discussion's list and on the thread's page. */
export async function ThreadMarks({ pinned, locked }: { pinned: boolean; locked: boolean }) {
  const t = await getTranslations("Discussion");
  const marks = [
    ...(pinned ? [{ key: "pinned", Icon: Pin }] : []),
    ...(locked ? [{ key: "locked", Icon: Lock }] : []),
  ] as const;
  return marks.map(({ key, Icon }) => (
    <span key={key} className="inline-flex items-center gap-1 text-sm text-slate-700">
      <Icon size={14} aria-hidden="true" />
      {t(key)}
    </span>
  ));
}
