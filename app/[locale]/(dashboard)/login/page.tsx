import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import { LoginForm } from "./login-form";
import { EditorMessages } from "../_components/editor-messages";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return { title: (await getTranslations({ locale: (await params).locale, namespace: "login" }))("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = (await searchParams).next;
  const t = await getTranslations("login");
  return (
    <div style={{ maxWidth: 420 }}>
      <h1>{t("title")}</h1>
      <p className="lede">{t("lede")}</p>
      <EditorMessages>
        <LoginForm next={safeNextPath(next)} />
      </EditorMessages>
    </div>
  );
}
