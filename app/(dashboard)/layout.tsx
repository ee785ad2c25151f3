import Link from "next/link";
import type { ReactNode } from "react";
import { currentEditor } from "@/lib/auth/require-editor";
import { SignOutButton } from "./_components/sign-out-button";

export default async function SiteLayout({ children }: { children: ReactNode }) {
  const editor = await currentEditor();
  return (
    <>
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="site-header">
        <Link href="/" className="brand">Defense Spending Dashboard</Link>
        <nav aria-label="Main">
          <Link href="/">Dashboard</Link>
          <Link href="/sources">Sources</Link>
          <Link href="/history/nato">History</Link>
          <Link href="/upload">Upload</Link>
          {editor ? <SignOutButton editor={editor} /> : <Link href="/login">Sign in</Link>}
        </nav>
      </header>
      <main id="main">{children}</main>
    </>
  );
}
