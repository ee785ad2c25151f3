import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { EDITOR_NAMESPACES, OUTLOOK_NAMESPACES, pickMessages, READER_NAMESPACES } from "@/i18n/client-messages";

/** The messages of the editors' pages, for their client components (the layout gives only the reader's). */
export async function EditorMessages({ children }: { children: ReactNode }) {
  const messages = pickMessages(await getMessages(), [...READER_NAMESPACES, ...EDITOR_NAMESPACES]);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}

/** The reader's messages and the outlook view's, for its client components. */
export async function OutlookMessages({ children }: { children: ReactNode }) {
  const messages = pickMessages(await getMessages(), [...READER_NAMESPACES, ...OUTLOOK_NAMESPACES]);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
