import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "@/i18n/navigation";
import { currentEditor } from "@/lib/auth/require-editor";
import { listDatasets } from "@/lib/queries/list-datasets";
import { UploadForm } from "./upload-form";
import { EditorMessages } from "../_components/editor-messages";

export const dynamic = "force-dynamic";
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return { title: (await getTranslations({ locale: (await params).locale, namespace: "upload" }))("title") };
}

export default async function UploadPage() {
  const editor = await currentEditor();
  if (!editor) return redirect({ href: "/login?next=/upload", locale: await getLocale() });
  const [datasets, t] = await Promise.all([listDatasets(), getTranslations("upload")]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lede">{t("lede", { editor })}</p>
      <EditorMessages>
        <UploadForm
          datasets={datasets.map((d) => ({ slug: d.slug, name: d.name, current: d.currentEdition?.label ?? null }))}
        />
      </EditorMessages>
    </>
  );
}
