import { getTranslations } from "next-intl/server";
import { TextLink } from "@/components/ui/text-link";

/** What a guest is told on every page of a course open to guests: nothing is saved, and how to keep it (ADR 0042). */
export async function GuestNotice({ returnTo, scorm = false }: { returnTo: string; scorm?: boolean }) {
  const t = await getTranslations("Guest");
  return (
    <p className="rounded border border-blue-300 bg-blue-50 p-3 text-blue-950" data-testid="guest-notice">
      {t(scorm ? "scorm" : "notice")}{" "}
      <TextLink href={`/sign-in?returnTo=${encodeURIComponent(returnTo)}`} className="font-medium">
        {t("signIn")}
      </TextLink>
    </p>
  );
}
