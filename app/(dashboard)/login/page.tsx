import type { Metadata } from "next";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Editor sign-in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = (await searchParams).next;
  return (
    <div style={{ maxWidth: 420 }}>
      <h1>Editor sign-in</h1>
      <p className="lede">Viewing is public. Editors sign in to upload editions and roll back.</p>
      <LoginForm next={next?.startsWith("/") && !next.startsWith("//") ? next : "/upload"} />
    </div>
  );
}
