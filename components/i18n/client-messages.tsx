import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { clientMessages, type ClientSegment } from "@/lib/i18n/client-messages";

/** Gives the client components below the message namespaces of their part of the site (lib/i18n/client-messages.ts). */
export async function ClientMessages({ segment, children }: { segment: ClientSegment; children: ReactNode }) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider messages={{ ...clientMessages(messages, "root"), ...clientMessages(messages, segment) }}>
      {children}
    </NextIntlClientProvider>
  );
}
