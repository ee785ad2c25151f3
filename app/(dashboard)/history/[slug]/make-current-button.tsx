"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

/** Roll back to an earlier edition, after a confirmation. */
export function MakeCurrentButton({ editionId, label }: { editionId: number; label: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    if (!window.confirm(`Make “${label}” the current edition? Readers will see its figures at once.`)) return;
    const response = await fetch(`/api/editions/${editionId}/current`, { method: "POST" });
    if (!response.ok) return setError(((await response.json().catch(() => ({}))) as { error?: string }).error ?? "Failed.");
    router.refresh();
  };
  return (
    <>
      <button type="button" className="button danger" onClick={run}>Make current</button>
      {error && <span role="alert" className="error-text"> {error}</span>}
    </>
  );
}
