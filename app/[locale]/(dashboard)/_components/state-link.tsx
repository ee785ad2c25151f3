"use client";

import type { MouseEvent, ReactNode } from "react";
import { useLocale } from "next-intl";
import { type DashboardState, serializeState } from "@/lib/dashboard/state/url-state";

interface Props {
  to: DashboardState;
  onChange: (next: DashboardState) => void;
  children: ReactNode;
  current?: boolean;
}

/**
 * A link to another dashboard view: a real URL (it opens in a new tab, and works before the script runs), that in
 * the page changes the view through the dashboard's state, so the browser redraws what it can without a request.
 */
export function StateLink({ to, onChange, children, current }: Props) {
  const locale = useLocale();
  const href = `${locale === "en" ? "" : `/${locale}`}/${serializeState(to)}`;
  const click = (e: MouseEvent) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
    e.preventDefault();
    onChange(to);
  };
  return (
    <a href={href} onClick={click} aria-current={current ? "page" : undefined}>
      {children}
    </a>
  );
}
