// The import CLI's work, loaded by scripts/import.ts once the parse worker is starting (usage there).
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { connect } from "../lib/db/connect";
import { hasCountries } from "../lib/db/countries";
import { listDatasetSlugs } from "../lib/db/datasets";
import { migrate } from "../lib/db/migrate";
import { formatIssue } from "../lib/csv/issue-shape";
import { describeNames } from "../lib/csv/rows/skipped-rows";
import { AppError } from "../lib/errors/app-error";
import { importEdition } from "../lib/import/import-edition";
import { importChoices, ZImportOptions } from "../lib/import/import-options";

const ZArgs = ZImportOptions.extend({
  file: z.string({ message: "Give the file to import: npm run import -- <file.csv|file.xlsx> --dataset <slug>" }),
  dataset: z
    .string()
    .regex(/^[a-z0-9-]+$/, "--dataset takes a dataset slug such as nato or sipri")
    .optional(),
  edition: z.string().min(1).optional(),
  note: z.string().optional(),
  "published-on": z.iso.date().optional(),
});

/** `warm`: the parse worker starting (scripts/import.ts); a failure there shows again where the import parses. */
export async function runImport(warm: Promise<void>): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      dataset: { type: "string" },
      edition: { type: "string" },
      note: { type: "string" },
      "published-on": { type: "string" },
      encoding: { type: "string" },
      delimiter: { type: "string" },
      decimal: { type: "string" },
      mode: { type: "string" },
      unit: { type: "string" },
      sheet: { type: "string" },
      measure: { type: "string" },
      "skip-unknown": { type: "boolean" },
    },
  });
  const { "skip-unknown": skipUnknown, ...flags } = values;
  const parsed = ZArgs.safeParse({ ...flags, skipUnknown, file: positionals[0] });
  if (!parsed.success) fail(parsed.error.issues.map(flagMessage).join("\n"));
  const args = parsed.data;
  const size = await stat(args.file).then(
    (s) => s.size,
    () => fail(`No such file: ${args.file}`),
  );

  const db = await connect();
  try {
    await migrate(db.pool);
    // Countries and targets are written by every `npm start`; only a database that never had one needs them from here
    // (which is also the only time this tool loads Prisma Client).
    if (!(await hasCountries(db.pool))) {
      const { writeReferenceFacts } = await import("../lib/db/prepare-database");
      await writeReferenceFacts(await db.prisma());
    }
    const datasets = await listDatasetSlugs(db.pool);
    const slug =
      args.dataset ??
      path
        .basename(args.file)
        .replace(/\.[^.]+$/, "")
        .toLowerCase();
    if (!datasets.includes(slug)) {
      throw new AppError(
        "unknown_dataset",
        `Unknown dataset "${slug}". Pass --dataset with one of: ${datasets.join(", ") || "(none yet: run npm start once)"}`,
      );
    }
    const progress = process.stderr.isTTY ? progressBar(size) : undefined;
    await warm;
    const summary = await importEdition(
      {
        dataset: slug,
        label: args.edition ?? `${path.basename(args.file)} ${new Date().toISOString().slice(0, 19).replace("T", " ")}`,
        fileName: args.file,
        source: createReadStream(args.file),
        createdBy: `${os.userInfo().username} (cli)`,
        note: args.note ?? null,
        publishedOn: args["published-on"] ?? null,
        ...importChoices({
          encoding: args.encoding,
          delimiter: args.delimiter,
          decimal: args.decimal,
          unit: args.unit,
          sheet: args.sheet,
          measure: args.measure,
          skipUnknown: args.skipUnknown,
          mode: args.mode,
        }),
        onProgress: progress,
      },
      db.pool,
    );
    if (progress) process.stderr.write("\n");
    const p = summary.parse;
    const seconds = summary.milliseconds / 1000;
    if (p) {
      const container =
        p.container === "xlsx"
          ? `XLSX workbook, sheet "${p.sheet}" (of ${p.sheets.length})`
          : `${p.encoding}, delimiter ${JSON.stringify(p.delimiter)}, decimal "${p.decimal}"`;
      console.log(`${args.file}: ${p.format} format, ${container}`);
      console.log(
        `rows read ${p.rowsRead}, figures inserted ${summary.status === "committed" ? p.observations : 0}, rejected ${p.errorCount}, ` +
          `no figure (blank or marked missing) ${p.blankCells}, aggregates skipped ${p.aggregatesSkipped}, group rows skipped ${p.groupRowsSkipped}, ` +
          `time ${seconds.toFixed(2)} s (${Math.round(p.rowsRead / seconds)} rows/s)` +
          (summary.lockedMilliseconds > 0
            ? `, dataset locked ${(summary.lockedMilliseconds / 1000).toFixed(2)} s`
            : ""),
      );
      if (summary.carried > 0)
        console.log(`update: ${summary.carried} figures of the current edition carried over unchanged`);
      if (summary.removed > 0 && summary.status === "committed")
        console.log(`replace: ${summary.removed} figures of the previous edition are not in this one`);
      for (const w of p.warnings.slice(0, 10)) console.log(`warning: ${formatIssue(w)}`);
      if (p.warningCount > 10) console.log(`… and ${p.warningCount - 10} more warnings`);
    }
    if (summary.status === "rejected") {
      for (const e of summary.errors) console.error(`error: ${formatIssue(e)}`);
      if (summary.errorCount > summary.errors.length)
        console.error(`… and ${summary.errorCount - summary.errors.length} more errors`);
      if (summary.errors.some((e) => e.code === "fractions"))
        console.error("Run again with --unit fraction (multiply by 100) or --unit percent (keep as is).");
      if (summary.errors.some((e) => e.code === "noShareSheet" || e.code === "sheetNotFound"))
        console.error("Run again with --sheet <name>.");
      const unknown = p?.unknownCountries;
      if (unknown && unknown.rows > 0) {
        // the issues' texts, loaded for a refusal only
        const { issueText } = await import("../lib/csv/issues");
        const names = describeNames(unknown.names, unknown.names.length);
        console.error(issueText("unknownCountries", { count: unknown.rows, names }));
        console.error("To leave these rows out (the edition's note will say so), run again with --skip-unknown.");
      }
      if (summary.errors.some((e) => e.code === "unit"))
        console.error("A file of several measures: choose the one to read with --measure <name>.");
      console.error(`Import rejected: nothing was changed; the current edition of "${slug}" is as before.`);
      process.exitCode = 1;
    } else if (summary.status === "unchanged") {
      console.log(`Identical to the current edition #${summary.editionId} of "${slug}": nothing changed.`);
    } else {
      console.log(`Edition #${summary.editionId} is now the current edition of "${slug}".`);
    }
  } catch (error) {
    if (error instanceof AppError) {
      console.error(error.message);
      process.exitCode = 1;
    } else throw error;
  } finally {
    await db.close();
  }
}

/** A shared option's message ("unit takes …") as the CLI spells the flag ("--unit takes …"). */
function flagMessage(issue: z.core.$ZodIssue): string {
  const name = String(issue.path[0] ?? "");
  const flag = name === "skipUnknown" ? "skip-unknown" : name;
  if (issue.message.startsWith(`${name} `)) return `--${flag}${issue.message.slice(name.length)}`;
  return name === "file" || issue.message.startsWith("--") ? issue.message : `--${flag}: ${issue.message}`;
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function progressBar(total: number) {
  let last = 0;
  return (bytes: number) => {
    const now = Date.now();
    if (now - last < 100 && bytes < total) return;
    last = now;
    const ratio = total ? Math.min(bytes / total, 1) : 1;
    const width = 30;
    const filled = Math.round(ratio * width);
    process.stderr.write(
      `\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${(ratio * 100).toFixed(0)}% ${(bytes / 1e6).toFixed(1)} MB`,
    );
  };
}
