"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useRouter } from "@/i18n/navigation";

export function LoginForm({ next }: { next: string }) {
  const t = useTranslations("login");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (form: FormData) => {
    setBusy(true);
    setError(null);
    const response = await fetch("/api/session", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: form.get("username"), password: form.get("password") }),
    });
    setBusy(false);
    if (response.status === 429)
      return setError(t("tooManyAttempts", { seconds: Number(response.headers.get("retry-after") ?? 60) }));
    if (!response.ok)
      return setError(response.status === 401 ? t("wrongPassword") : `${t("failed")} (${response.status})`);
    router.push(next);
    router.refresh();
  };
  return (
    <form className="panel controls" action={submit}>
      <fieldset>
        <label htmlFor="username">{t("username")}</label>
        <input id="username" name="username" autoComplete="username" required className="input" />
      </fieldset>
      <fieldset>
        <label htmlFor="password">{t("password")}</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="input"
        />
      </fieldset>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? t("signingIn") : t("signIn")}
      </button>
    </form>
  );
}
