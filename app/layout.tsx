import type { Metadata, Viewport } from "next";
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
      <body>{children}</body>
    </html>
  );
}
