import { createReadStream } from "node:fs";
import { describe, expect, it } from "vitest";
import { isFileError, type CsvFileError } from "../../lib/csv/issues";
import type { ParsedObservation } from "../../lib/csv/observations";
import { type ParseOverrides, parseObservations } from "../../lib/csv/parse";
import {
  PARSE_LIMITS,
  type ParseLimits,
  parseInWorker,
  parseInWorkerToRows,
  parseWorkerCounts,
} from "../../lib/import/parse-in-worker";
import { byteSource, chunksOf } from "../helpers/byte-source";
import { hasSharedDatasets, NATO_EXTRACT, OWID_SIPRI, SIPRI_WORKBOOK } from "../helpers/shared-datasets";

// The import parses in a worker thread (lib/import/parse-in-worker.ts): the same parser, the same answer, but a file
// that needs more memory or time than its limits ends the worker, never this process, with a located refusal.

async function inWorker(
  file: string,
  source: AsyncIterable<Uint8Array>,
  overrides?: ParseOverrides,
  limits?: ParseLimits,
) {
  const figures: ParsedObservation[] = [];
  try {
    const result = await parseInWorker(file, source, (b) => void figures.push(...b), overrides, limits);
    return { result, figures, refused: null };
  } catch (error) {
    if (!isFileError(error)) throw error;
    return { result: null, figures, refused: error.issue };
  }
}

/** A long file of valid rows: every year for a few countries, again and again (duplicates after the first pass). */
function longCsv(rows: number): Uint8Array {
  const lines = ["country,year,value"];
  const countries = ["JPN", "POL", "DEU", "USA", "KOR"];
  for (let i = 0; lines.length <= rows; i++)
    lines.push(`${countries[Math.floor(i / 200) % 5]},${1900 + (i % 200)},1.5`);
  return new TextEncoder().encode(`${lines.join("\n")}\n`);
}

// Real files parsed twice, and the worker bundled first when its sources changed: more than the default 5 s on a
// busy machine.
describe.skipIf(!hasSharedDatasets)("the publishers' files, parsed in the worker", { timeout: 60_000 }, () => {
  it.each([
    ["SIPRI's workbook", SIPRI_WORKBOOK, {}],
    ["NATO's extract", NATO_EXTRACT, { measure: "core_share_gdp" }],
    ["OWID's SIPRI series", OWID_SIPRI, {}],
  ] as const)("%s: the same figures and the same result as the parser in process", async (_, file, overrides) => {
    const direct: ParsedObservation[] = [];
    const expected = await parseObservations(file, createReadStream(file), (b) => void direct.push(...b), overrides);
    const { result, figures } = await inWorker(file, createReadStream(file), overrides);
    expect(result).toEqual(expected);
    expect(figures).toEqual(direct);
    expect(figures.length).toBeGreaterThan(400);
  });

  it("a file that needs more heap than allowed is refused, and this process goes on parsing", async () => {
    const small = { ...PARSE_LIMITS, heapMb: 8 };
    const { refused } = await inWorker("sipri.xlsx", createReadStream(SIPRI_WORKBOOK), {}, small);
    expect(refused).toMatchObject({ file: "sipri.xlsx", code: "parseMemoryLimit", params: { max: 8 } });
    const again = await inWorker("sipri.xlsx", createReadStream(SIPRI_WORKBOOK));
    expect(again.result).toMatchObject({ errorCount: 0, sheet: "Share of GDP" });
  });
});

describe("limits of the parse worker", { timeout: 60_000 }, () => {
  it("a parse that runs longer than allowed is refused at the line it had reached", async () => {
    // ~1.5 s of parsing at least; the worker's own start counts too
    const bytes = longCsv(600_000);
    const quick = { ...PARSE_LIMITS, baseSeconds: 0.5, secondsPerMb: 0 };
    const { refused } = await inWorker("long.csv", byteSource(chunksOf(bytes, 64 * 1024)), {}, quick);
    expect(refused).toMatchObject({ file: "long.csv", code: "parseTimeLimit", column: 0 });
    expect(refused!.line).toBeGreaterThan(1);
    expect(refused!.line).toBeLessThan(600_002);
  });

  it("the time allowed grows with the bytes read, so a large valid file is read whole", async () => {
    const bytes = longCsv(50_000);
    const { result } = await inWorker("long.csv", byteSource(chunksOf(bytes, 64 * 1024)));
    expect(result).toMatchObject({ rowsRead: 50_000, observations: 1000 });
  });

  it("a failing sink (the database) and a failing source (an upload cut off) end the worker with their error", async () => {
    const bytes = longCsv(20_000);
    const lost = new Error("connection lost");
    await expect(
      parseInWorker("a.csv", byteSource(chunksOf(bytes, 4096)), () => {
        throw lost;
      }),
    ).rejects.toBe(lost);
    const cut = new Error("upload too large");
    async function* source() {
      yield await Promise.resolve(bytes.subarray(0, 4096));
      throw cut;
    }
    await expect(parseInWorker("a.csv", source(), () => undefined)).rejects.toBe(cut);
  });

  it("a file the parser refuses is refused as in process, with its location", async () => {
    const bytes = new TextEncoder().encode('country,year,value\n"JPN,2024,1\n');
    const { refused } = await inWorker("open-quote.csv", byteSource([bytes]));
    const direct: unknown = await parseObservations("open-quote.csv", byteSource([bytes]), () => undefined).catch(
      (e: unknown) => e,
    );
    expect(direct).toSatisfy(isFileError);
    expect(refused).toEqual((direct as CsvFileError).issue);
    expect(refused).toMatchObject({ code: "unclosedQuote" });
  });

  it("a worker that refused a file midway, the next chunk already asked for, reads the next file whole", async () => {
    // the worker asks for each chunk before it parses the one before: the refusal leaves that answer unread
    const rows = new TextDecoder().decode(longCsv(5_000));
    const wide = `JPN${",".repeat(20_000)}\n`;
    const broken = new TextEncoder().encode(`${rows}${wide}${rows.split("\n").slice(1).join("\n")}`);
    const refused = await inWorker("broken.csv", byteSource(chunksOf(broken, 4096)));
    expect(refused.refused).toMatchObject({ code: "tooManyColumns", line: 5_002 });
    const { started } = parseWorkerCounts();
    const next = await inWorker("next.csv", byteSource(chunksOf(longCsv(5_000), 4096)));
    expect(next.result).toMatchObject({ rowsRead: 5_000, observations: 1000, errorCount: 4000 });
    expect(next.figures).toHaveLength(1000);
    expect(parseWorkerCounts().started).toBe(started);
  });

  it("hands the database no figure once a row is refused, and every figure of a file that passes", async () => {
    // what the import loads (COPY text lines), counted in lines
    const loaded = async (bytes: Uint8Array) => {
      let lines = 0;
      const take = (rows: Uint8Array) => void (lines += rows.filter((b) => b === 10).length);
      const result = await parseInWorkerToRows("f.csv", byteSource(chunksOf(bytes, 4096)), take);
      return { result, lines };
    };
    const valid = longCsv(1_000);
    expect(await loaded(valid)).toMatchObject({ result: { observations: 1_000, errorCount: 0 }, lines: 1_000 });
    // a refused row near the top, then 999 valid ones over several chunks: the file is refused, so none is loaded
    const [header, , ...rest] = new TextDecoder().decode(valid).split("\n");
    const broken = new TextEncoder().encode([header, "JPN,1900,x", ...rest].join("\n"));
    expect(await loaded(broken)).toMatchObject({ result: { observations: 999, errorCount: 1 }, lines: 0 });
    // objects (a preview) still get every valid figure
    expect((await inWorker("f.csv", byteSource(chunksOf(broken, 4096)))).figures).toHaveLength(999);
  });

  it("a worker that finished a file takes the next one, which is read as if by a fresh worker", async () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    const first = await inWorker("a.csv", byteSource([encode("country,year,value\nJPN,2024,1\nPOL,2024,x\n")]));
    expect(first.result?.errors[0]).toMatchObject({ file: "a.csv", line: 3 });
    const { started, idle } = parseWorkerCounts();
    expect(idle).toBeGreaterThan(0);
    const second = await inWorker("b.csv", byteSource([encode("country,year,value\nJPN,2024,1\n")]));
    expect(second.result).toMatchObject({ rowsRead: 1, observations: 1, errorCount: 0 });
    expect(second.figures).toEqual([expect.objectContaining({ country: "JPN", year: 2024 })]);
    const third = await inWorker("c.csv", byteSource([encode("country,year,value\nJPN,2024,y\n")]));
    expect(third.result?.errors[0]).toMatchObject({ file: "c.csv", line: 2 });
    // no thread was started for the second and third files
    expect(parseWorkerCounts()).toEqual({ started, idle });
    // a worker ended by a limit is not kept: the next file starts a new one
    const quick = { ...PARSE_LIMITS, baseSeconds: 0.2, secondsPerMb: 0 };
    const slow = await inWorker("long.csv", byteSource(chunksOf(longCsv(600_000), 64 * 1024)), {}, quick);
    expect(slow.refused).toMatchObject({ code: "parseTimeLimit" });
    expect(parseWorkerCounts().idle).toBe(idle - 1);
    await inWorker("d.csv", byteSource([encode("country,year,value\nJPN,2024,1\n")]));
    expect(parseWorkerCounts()).toEqual({ started: started + 1, idle });
  });
});
