import Link from "next/link";
import type { ReactNode } from "react";

export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="site-header">
        <Link href="/" className="brand">Defense Spending Dashboard</Link>
        <nav aria-label="Main">
          <Link href="/">Dashboard</Link>
          <Link href="/sources">Sources</Link>
        </nav>
      </header>
      <main id="main">{children}</main>
    </>
  );
}
