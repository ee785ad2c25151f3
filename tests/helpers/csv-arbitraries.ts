import fc from "fast-check";
import { byteSource, chunksOf } from "./byte-source";

// Generated CSV files for the fuzz tests (tests/unit/csv-fuzz.test.ts through the parser alone, thousands of them;
// tests/integration/import-fuzz.test.ts through the database): plausible and hostile cells, headers of every
// supported shape, both line endings, with and without a BOM, and byte-level mutations of a valid file.
const encoder = new TextEncoder();

const cell = fc.oneof(
  fc.constantFrom(
    "JPN",
    "Japan",
    "POL",
    "Türkiye",
    "XXX",
    "",
    "2024",
    "1.5",
    "2,5",
    "abc",
    "-1",
    "1e3",
    '"quoted, cell"',
    "=cmd()",
    "<b>x</b>",
    "estimate",
    "plan",
  ),
  fc.string({ maxLength: 12 }),
);
const randomRow = fc
  .tuple(fc.array(cell, { minLength: 1, maxLength: 7 }), fc.constantFrom(",", ";", "\t"))
  .map(([cells, delimiter]) => cells.join(delimiter));
/** Rows of a long file from a small domain, so that valid rows, and the same country and year twice, are common. */
const plausibleRow = fc
  .tuple(
    fc.constantFrom("JPN", "Japan", "JP", "POL", "Poland", "DEU"),
    fc.integer({ min: 2022, max: 2024 }),
    fc.constantFrom("1.5", "2.12", "0.98", "3,9", ""),
    fc.constantFrom("actual", "estimate", "e", "x"),
  )
  .map((cells) => cells.join(","));
const row = fc.oneof(randomRow, plausibleRow);
const header = fc.constantFrom(
  "country,year,value,status",
  "Entity,Code,Year,Military expenditure (% of GDP)",
  "Country,2020,2021,2022e",
  "country;year;value",
  "",
  "<html>",
);

export const generatedFile = fc
  .tuple(header, fc.array(row, { maxLength: 30 }), fc.constantFrom("\n", "\r\n"), fc.boolean())
  .map(([h, rows, nl, bom]) => {
    const bytes = encoder.encode([h, ...rows].join(nl));
    return bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]) : bytes;
  });

/** Mutations of a valid file: a byte changed, cut short. */
const valid = encoder.encode(
  'country,year,value,status,note\nJPN,2022,1.08,actual,\nPOL,2023,3.9,estimate,"a, b"\nDEU,2024,2.12,estimate,\n',
);
export const mutatedFile = fc
  .tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 }), fc.nat(valid.length))
  .map(([at, byte, cut]) => {
    const copy = valid.slice(0, Math.max(cut, 1));
    if (at < copy.length) copy[at] = byte;
    return copy;
  });

export const anyFile = fc.oneof(generatedFile, mutatedFile);

/** The bytes in chunks of the given size, as a request body or a file stream delivers them. */
export const inChunks = (bytes: Uint8Array, size: number) => byteSource(chunksOf(bytes, size));

/** A fixed seed keeps CI repeatable; FUZZ_SEED=<n> explores other inputs. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261126);
