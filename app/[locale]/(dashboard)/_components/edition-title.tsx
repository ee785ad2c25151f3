import type { EditionName } from "@/lib/dashboard/text/edition-label";

/**
 * An edition's name: written by the interface in the page's language, or (an editor's own label) shown as written,
 * marked as such and isolated, so an English label keeps its order inside an Arabic sentence.
 */
export function EditionTitle({ name }: { name: EditionName }) {
  return name.asWritten ? (
    <bdi className="as-written" dir="auto">
      {name.text}
    </bdi>
  ) : (
    <>{name.text}</>
  );
}
