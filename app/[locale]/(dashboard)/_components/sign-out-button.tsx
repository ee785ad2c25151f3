"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";

export function SignOutButton({ editor }: { editor: string }) {
  const t = useTranslations("nav");
  const router = useRouter();
  const signOut = async () => {
    await fetch("/api/session", { method: "DELETE" });
    router.push("/");
    router.refresh();
  };
  return <button type="button" className="button" onClick={signOut} title={t("signedInAs", { editor })}>{t("signOut")}</button>;
}
