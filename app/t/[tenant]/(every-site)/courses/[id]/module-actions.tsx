import { getTranslations } from "next-intl/server";
import type { CompletionRule } from "@/lib/modules/completion-rule";
import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";

/** "Required: watch 80 %", "Optional: pass with 70 %": the rule the server applies to the module. */
export async function CompletionRuleText({ rule, required }: { rule: CompletionRule; required: boolean }) {
  const t = await getTranslations("ModuleContent");
  const what = t(`rule.${rule.kind}`, { percent: "percent" in rule ? rule.percent : 0 });
  return (
    <span className="w-full ps-8 text-sm text-slate-700 sm:w-auto sm:ps-0" data-testid="completion-rule">
      {t(required ? "required" : "optional", { rule: what })}
    </span>
  );
}

/** The way into a video, resource or page module: a page to watch or read, a resource opened by a post that records it. */
export async function OpenContent({ moduleId, kind, title }: { moduleId: string; kind: string; title: string }) {
  const t = await getTranslations("ModuleContent");
  if (kind === "RESOURCE")
    return (
      <form action={`/api/learn/resource/${moduleId}/open`} method="post">
        <Button size="sm">
          {t("openResource")}
          <span className="sr-only"> – {title}</span>
        </Button>
      </form>
    );
  if (kind === "VIDEO" || kind === "PAGE")
    return (
      <ButtonLink href={`/learn/${kind === "VIDEO" ? "video" : "page"}/${moduleId}`} size="sm">
        {t(kind === "VIDEO" ? "watch" : "read")}
        <span className="sr-only"> – {title}</span>
      </ButtonLink>
    );
  return null;
}
