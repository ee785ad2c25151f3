"use client";

import { useTranslations } from "next-intl";

export interface ApiErrorBody {
  code?: string;
  error?: string;
  issues?: { field: string; message: string }[];
  params?: Record<string, string | number>;
}

/** A refused write's JSON body, or an empty one when it has none. */
export const readErrorBody = (response: Response): Promise<ApiErrorBody> =>
  response.json().then(
    (body: unknown) => (body && typeof body === "object" ? (body as ApiErrorBody) : {}),
    () => ({}),
  );

/** The reader's-language text for a refused write: by the error's code, else by HTTP status. */
export function useApiError() {
  const t = useTranslations("apiErrors");
  return (status: number, body: ApiErrorBody): string => {
    if (body.code && t.has(body.code)) return t(body.code, body.params);
    if (status === 422 && body.issues?.length) return `${t("422")} ${body.issues.map((i) => i.field).join(", ")}`;
    return t.has(String(status)) ? t(String(status)) : t("other", { status });
  };
}
