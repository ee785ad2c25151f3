import type { EditionFiguresResponse } from "@/lib/dashboard/series/edition-figures";

// One request per edition for the page's lifetime (and the HTTP cache keeps it a day: an edition never changes).
const requests = new Map<string, Promise<EditionFiguresResponse>>();

/** Every figure of a committed edition, from /api/datasets/<slug>/editions/<id>/figures. */
export function loadEditionFigures(dataset: string, edition: number): Promise<EditionFiguresResponse> {
  const url = `/api/datasets/${encodeURIComponent(dataset)}/editions/${edition}/figures`;
  let request = requests.get(url);
  if (!request) {
    request = fetch(url).then((r) =>
      r.ok ? (r.json() as Promise<EditionFiguresResponse>) : Promise.reject(new Error(`${url}: HTTP ${r.status}`)),
    );
    requests.set(url, request);
    request.catch(() => requests.delete(url));
  }
  return request;
}
