import { fileError } from "../issues";

/**
 * The longest run of characters between two "<" a part may hold: a cell's text can be 32,767 characters (Excel's
 * limit), written with entities. Checked before a run is kept, so a part that is one huge text node is refused at
 * that size, not held whole.
 */
export const MAX_XML_RUN = 256 * 1024;

/** What a scan reports: elements opened (local name, attributes still as written), text, elements closed. */
export interface XmlHandler {
  open(name: string, attributes: string, selfClosing: boolean): void;
  text(text: string): void;
  close(name: string): void;
  /** a run of text longer than MAX_XML_RUN: the handler may refuse it where it knows more (a cell's row and column) */
  overlong?(): void;
}

const local = (name: string) => name.slice(name.indexOf(":") + 1);
const ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Text with XML's five entities and character references resolved. */
export function decodeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&([a-z]{2,4}|#\d{1,7}|#x[0-9a-f]{1,6});/gi, (_, name: string) => {
    if (name[0] !== "#") return ENTITIES[name] ?? "\uFFFD";
    const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "\uFFFD";
  });
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/** A tag's attributes from their text as written (` r="B7" s="3"`), values decoded, names without a prefix. */
export function parseAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (let i = 0; ;) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    const eq = text.indexOf("=", i);
    if (eq < 0) return attributes;
    let q = eq + 1;
    while (q < text.length && isSpace(text.charCodeAt(q))) q++;
    const quote = text[q];
    const end = quote === '"' || quote === "'" ? text.indexOf(quote, q + 1) : -1;
    if (end < 0) return attributes;
    attributes[local(text.slice(i, eq).trim())] = decodeXml(text.slice(q + 1, end));
    i = end + 1;
  }
}

/** Where the tag opened at `lt` ends (its ">", not one inside a quoted attribute value); -1 if not in `text`. */
function tagEnd(text: string, lt: number): number {
  const gt = text.indexOf(">", lt);
  if (gt < 0) return -1;
  // a quote before that ">" may hide a ">" inside an attribute value: only then walk the tag (never past it)
  let quote = lt + 1;
  while (quote < gt && text.charCodeAt(quote) !== 34 && text.charCodeAt(quote) !== 39) quote++;
  if (quote === gt) return gt;
  let open = 0;
  for (let j = quote; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (open) {
      if (c === open) open = 0;
    } else if (c === 34 || c === 39) open = c;
    else if (c === 62) return j;
  }
  return -1;
}

const isNameEnd = (c: number) => isSpace(c) || c === 47;

/**
 * A small streaming scanner for what spreadsheet parts hold (elements, attributes, text, CDATA, comments,
 * declarations). A DOCTYPE, which workbooks never have and which could declare entities, is refused.
 */
export class XmlScanner {
  private carry = "";

  constructor(
    private readonly handler: XmlHandler,
    private readonly where: { file: string; part: string },
  ) {}

  private bad() {
    return fileError({ file: this.where.file, line: 1, column: 0 }, "badWorkbook");
  }

  write(input: string, final = false): void {
    const text = this.carry + input;
    const h = this.handler;
    let pos = 0;
    for (;;) {
      const lt = text.indexOf("<", pos);
      if (lt < 0) break;
      if (lt > pos) h.text(decodeXml(text.slice(pos, lt)));
      pos = lt;
      const next = text.charCodeAt(lt + 1);
      if (next === 33 /* ! */) {
        const cdata = text.startsWith("<![CDATA[", lt);
        if (!cdata && !text.startsWith("<!--", lt)) throw this.bad();
        const end = text.indexOf(cdata ? "]]>" : "-->", lt + 4);
        if (end < 0) break;
        if (cdata) h.text(text.slice(lt + 9, end));
        pos = end + 3;
        continue;
      }
      if (next === 63 /* ? */) {
        const end = text.indexOf("?>", lt + 2);
        if (end < 0) break;
        pos = end + 2;
        continue;
      }
      const end = tagEnd(text, lt);
      if (end < 0) break;
      if (next === 47 /* / */) h.close(local(text.slice(lt + 2, end).trim()));
      else {
        const selfClosing = text.charCodeAt(end - 1) === 47;
        const bodyEnd = selfClosing ? end - 1 : end;
        let n = lt + 1;
        while (n < bodyEnd && !isNameEnd(text.charCodeAt(n))) n++;
        const name = local(text.slice(lt + 1, n));
        h.open(name, text.slice(n, bodyEnd), selfClosing);
        if (selfClosing) h.close(name);
      }
      pos = end + 1;
    }
    this.carry = text.slice(pos);
    if (this.carry.length > MAX_XML_RUN) h.overlong?.();
    if (this.carry.length > MAX_XML_RUN)
      throw fileError({ file: this.where.file, line: 1, column: 0 }, "workbookTextTooLong", {
        part: this.where.part,
        max: MAX_XML_RUN,
      });
    if (final && this.carry.trim() !== "") throw this.bad();
  }
}

/** Scans a part's bytes; `after` runs after each chunk, so a reader can hand on what it made of it (or stop). */
export async function* scanPart<T>(
  chunks: AsyncIterable<Uint8Array>,
  scanner: XmlScanner,
  after: () => T[],
): AsyncGenerator<T[]> {
  const decoder = new TextDecoder();
  for await (const chunk of chunks) {
    scanner.write(decoder.decode(chunk, { stream: true }));
    const made = after();
    if (made.length > 0) yield made;
  }
  scanner.write(decoder.decode(), true);
  const made = after();
  if (made.length > 0) yield made;
}
