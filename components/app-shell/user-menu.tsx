import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/actions/session";
import type { Viewer } from "@/lib/auth/load-viewer";
import { TextLink } from "@/components/ui/text-link";

export async function UserMenu({ viewer }: { viewer: Viewer | null }) {
  const t = await getTranslations("Shell");
  if (!viewer) {
    return (
      <Link
        href="/sign-in"
        className="flex min-h-11 items-center rounded bg-white px-3 font-medium text-brand hover:bg-slate-100"
      >
        {t("signIn")}
      </Link>
    );
  }
  const name = `${viewer.firstName} ${viewer.lastName}`;
  return (
    <details className="relative">
      <summary
        className="flex min-h-11 cursor-pointer list-none items-center rounded px-2 hover:bg-white/10"
        aria-label={t("userMenu")}
      >
        {name}
      </summary>
      <div className="absolute end-0 z-10 mt-1 min-w-56 rounded border border-slate-200 bg-white p-3 text-slate-900 shadow-lg">
        <p className="mb-2 text-sm text-slate-600">{t("signedInAs", { name: viewer.username })}</p>
        <TextLink href="/profile" className="mb-2 flex min-h-11 items-center rounded px-1">
          {t("profile")}
        </TextLink>
        <TextLink href="/preferences" className="mb-2 flex min-h-11 items-center rounded px-1">
          {t("preferences")}
        </TextLink>
        <form action={signOutAction}>
          <button type="submit" className="min-h-11 w-full rounded bg-brand px-3 text-white hover:bg-brand-strong">
            {t("signOut")}
          </button>
        </form>
      </div>
    </details>
  );
}
