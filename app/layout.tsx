import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Defense spending as a share of GDP — Japan and NATO", template: "%s — Defense Spending Dashboard" },
  description: "Japan's path from 1% to 2% of GDP against NATO allies, with every figure's source, edition and definition.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">Skip to content</a>
        <header className="site-header">
          <Link href="/" className="brand">Defense Spending Dashboard</Link>
          <nav aria-label="Main">
            <Link href="/">Dashboard</Link>
            <Link href="/sources">Sources</Link>
          </nav>
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
