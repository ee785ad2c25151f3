"use client";

import { useRouter } from "next/navigation";

export function SignOutButton({ editor }: { editor: string }) {
  const router = useRouter();
  const signOut = async () => {
    await fetch("/api/session", { method: "DELETE" });
    router.push("/");
    router.refresh();
  };
  return <button type="button" className="button" onClick={signOut} title={`Signed in as ${editor}`}>Sign out</button>;
}
