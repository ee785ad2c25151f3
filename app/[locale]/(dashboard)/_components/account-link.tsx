"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Link, usePathname, useRouter } from "@/i18n/navigation";
import { onIdleAfterLoad } from "./on-idle";

/**
 * "Sign in", or "Sign out" for a signed-in editor. Pages are the same for every reader (and cached), so the browser
 * asks who is signed in: once the page has loaded and is idle (the question takes nothing from the first paint, and
 * most readers are not editors), and again after every navigation, so signing in or out shows at once.
 */
export function AccountLink() {
  const t = useTranslations("nav");
  const router = useRouter();
  const pathname = usePathname();
  const [editor, setEditor] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    const cancel = onIdleAfterLoad(
      () =>
        void fetch("/api/session", { cache: "no-store" })
          .then((r) => (r.ok ? (r.json() as Promise<{ user: string | null }>) : { user: null }))
          .then(({ user }) => current && setEditor(user))
          .catch(() => {}),
      1000,
    );
    return () => {
      current = false;
      cancel();
    };
  }, [pathname]);
  if (!editor)
    return (
      <Link href="/login" prefetch={false}>
        {t("signIn")}
      </Link>
    );
  const signOut = async () => {
    await fetch("/api/session", { method: "DELETE" });
    setEditor(null);
    router.push("/");
    router.refresh();
  };
  return (
    <button type="button" className="button" onClick={() => void signOut()} title={t("signedInAs", { editor })}>
      {t("signOut")}
    </button>
  );
}
