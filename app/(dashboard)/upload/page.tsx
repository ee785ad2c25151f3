import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentEditor } from "@/lib/auth/require-editor";
import { listDatasets } from "@/lib/queries/list-datasets";
import { UploadForm } from "./upload-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Upload an edition" };

export default async function UploadPage() {
  const editor = await currentEditor();
  if (!editor) redirect("/login?next=/upload");
  const datasets = await listDatasets();
  return (
    <>
      <h1>Upload an edition</h1>
      <p className="lede">
        Signed in as {editor}. The file is checked and compared with the current edition before anything changes; nothing is visible to
        readers until you commit.
      </p>
      <UploadForm datasets={datasets.map((d) => ({ slug: d.slug, name: d.name, current: d.currentEdition?.label ?? null }))} />
    </>
  );
}
