import chardet from "chardet";
import { fileError } from "./issues";
import type { TextEncoding } from "./text-encodings";

export { TEXT_ENCODINGS, type TextEncoding } from "./text-encodings";

export interface EncodingGuess {
  encoding: TextEncoding;
  /** bytes of byte-order mark to skip */
  bomLength: number;
}

// chardet's names for the legacy encodings analysts' files come in (Japanese, Arabic); anything else it names
// for a non-UTF-8 file is read as Windows-1252, the Western European Excel default.
const LEGACY: Readonly<Record<string, TextEncoding>> = {
  Shift_JIS: "shift_jis",
  "EUC-JP": "euc-jp",
  "windows-1256": "windows-1256",
  "ISO-8859-6": "iso-8859-6",
};

/** Guesses the text encoding from the first bytes: BOM, UTF-16 zero-byte pattern, strict UTF-8, then chardet. */
export function detectEncoding(head: Uint8Array): EncodingGuess {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: "utf-8", bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: "utf-16le", bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: "utf-16be", bomLength: 2 };
  const sample = head.subarray(0, 4096);
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < sample.length; i++)
    if (sample[i] === 0) {
      if (i % 2 === 0) zeroEven++;
      else zeroOdd++;
    }
  const half = sample.length / 2;
  if (zeroOdd > half * 0.3 && zeroEven === 0) return { encoding: "utf-16le", bomLength: 0 };
  if (zeroEven > half * 0.3 && zeroOdd === 0) return { encoding: "utf-16be", bomLength: 0 };
  try {
    // stream: true tolerates a multi-byte character cut at the end of the sample
    new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: true });
    return { encoding: "utf-8", bomLength: 0 };
  } catch {
    return { encoding: legacyEncoding(head.subarray(0, 16 * 1024)), bomLength: 0 };
  }
}

function legacyEncoding(sample: Uint8Array): TextEncoding {
  const best = chardet.analyse(sample).find((m) => m.confidence >= 30 && LEGACY[m.name]);
  return best ? LEGACY[best.name]! : "windows-1252";
}

/** The encoding to read with: the user's choice when given (skipping its BOM if the file has one), else detected. */
export function resolveEncoding(head: Uint8Array, override?: TextEncoding): EncodingGuess {
  const detected = detectEncoding(head);
  if (!override) return detected;
  return { encoding: override, bomLength: detected.encoding === override ? detected.bomLength : 0 };
}

/** Rejects what is plainly not a CSV file before any parsing: empty, binary, or an HTML page. */
export function assertLooksLikeText(file: string, head: Uint8Array, guess: EncodingGuess, text: string): void {
  if (head.length === 0 || text.trim() === "") throw fileError({ file, line: 1, column: 0 }, "empty");
  if (!guess.encoding.startsWith("utf-16") && head.subarray(0, 4096).includes(0)) {
    throw fileError({ file, line: 1, column: 0 }, "binary");
  }

  const controls = text.slice(0, 4096).match(/[\u0000-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (controls > 8) throw fileError({ file, line: 1, column: 0 }, "binary");
  if (/^\s*<(!doctype\s+html|html|\?xml|head|body)\b/i.test(text)) {
    throw fileError({ file, line: 1, column: 0 }, "html");
  }
}
