// `npm run import -- <file.csv|file.xlsx> [--dataset <slug>] [--edition <label>] [--note <text>] [--published-on YYYY-MM-DD]
//                    [--mode replace|update] [--unit percent|fraction] [--sheet <name>] [--measure <name>] [--skip-unknown]
//                    [--encoding utf-8|utf-16le|utf-16be|windows-1252|shift_jis|euc-jp|windows-1256|iso-8859-6]
//                    [--delimiter , | ; | tab] [--decimal . | ,]`
//
// The parse worker starts first: it boots and builds its tables on the other core while the rest of the importer
// loads (zod, pg: ≈0.1 s) and the database connects. The issues' texts load only for a file that is refused.
import { prewarmParseWorker } from "../lib/import/parse-worker-pool";

const warm = prewarmParseWorker().catch(() => undefined);
const { runImport } = await import("./import-run");
await runImport(warm);
