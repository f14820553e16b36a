import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { requestContext } from "@/lib/auth/request-context";

export default async function AcademyLayout({ children }: { children: ReactNode }) {
  const { site } = await requestContext();
  if (site.kind !== "academy") notFound();
  return <div className="min-h-screen bg-white text-slate-900">{children}</div>;
}
