"use client";

import { useTranslations } from "next-intl";
import type { ComponentProps } from "react";
import { ServerMarkup } from "./server-markup";

type Values = Record<string, string | number>;

function Message({ namespace, id, ...values }: { namespace: string; id: string } & Values) {
  return useTranslations(namespace)(id, values);
}

/**
 * A message with values (a count, a list of names) as the server wrote it, kept by hydration while its values are
 * the same (server-markup.tsx). Formatting a message with values builds the browser's Intl locale data, tens of
 * milliseconds on a phone, which the page then pays on the reader's first change instead of while it hydrates.
 */
export function ServerMessage({ namespace, id, values }: { namespace: string; id: string; values: Values }) {
  const props: ComponentProps<typeof Message> = { namespace, id, ...values };
  return <ServerMarkup as="span" component={Message} props={props} />;
}
