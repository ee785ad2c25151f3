// citation.js ships no types; the tests use this much of it.
declare module "@citation-js/core" {
  export class Cite {
    static async(input: unknown, options?: { forceType?: string }): Promise<Cite>;
    data: (Record<string, unknown> & { _graph?: unknown })[];
    format(format: string, options?: Record<string, unknown>): string;
  }
}
declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-csl";
declare module "@citation-js/plugin-ris";
