import { fileError } from "../issues";
import { readPart } from "./workbook-parts";
import type { ZipArchive } from "./zip-archive";

// Stated limits on a workbook's shared strings (every text cell's text, stored once): a workbook over them is
// refused with a located error, so a small file cannot make the reader hold gigabytes of text.
/** Excel's own limit on a cell's text. */
export const MAX_STRING_CHARS = 32_767;
/** Far more distinct texts than any publisher's table has (SIPRI's workbook: 579). */
export const MAX_SHARED_STRINGS = 200_000;
/** The shared-strings part inflated: 32 MB of XML (at most about 64 MB of text in memory). */
export const MAX_SHARED_STRINGS_BYTES = 32 * 1024 * 1024;

/** The workbook's shared strings, in order; a rich-text string's runs joined, phonetic guides left out. */
export async function readSharedStrings(zip: ZipArchive, file: string): Promise<string[]> {
  const part = "xl/sharedStrings.xml";
  const strings: string[] = [];
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  const refuse = (code: "sharedStringTooLong" | "tooManySharedStrings") =>
    fileError({ file, line: 1, column: 0 }, code, {
      part,
      index: strings.length + 1,
      max: code === "sharedStringTooLong" ? MAX_STRING_CHARS : MAX_SHARED_STRINGS,
    });
  await readPart(
    zip,
    file,
    part,
    {
      open(name) {
        if (name === "si") current = [];
        else if (name === "rPh") phonetic += 1;
        else if (name === "t") inText = phonetic === 0;
      },
      text(text) {
        if (current && inText) current.push(text);
      },
      close(name) {
        if (name === "t") inText = false;
        else if (name === "rPh") phonetic -= 1;
        else if (name === "si" && current) {
          const text = current.join("");
          if (text.length > MAX_STRING_CHARS) throw refuse("sharedStringTooLong");
          if (strings.length >= MAX_SHARED_STRINGS) throw refuse("tooManySharedStrings");
          strings.push(text);
          current = null;
        }
      },
      overlong() {
        if (current) throw refuse("sharedStringTooLong");
      },
    },
    MAX_SHARED_STRINGS_BYTES,
  );
  return strings;
}
