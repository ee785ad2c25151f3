// `npm run import -- <file.csv|file.xlsx> [--dataset <slug>] [--edition <label>] [--note <text>] [--published-on YYYY-MM-DD]
//                    [--mode replace|update] [--unit percent|fraction] [--sheet <name>] [--measure <name>] [--skip-unknown]
//                    [--encoding utf-8|utf-16le|utf-16be|windows-1252|shift_jis|euc-jp|windows-1256|iso-8859-6]
//                    [--delimiter , | ; | tab] [--decimal . | ,]`
//
// The parse worker starts first: it boots and builds its tables on the other core while the rest of the importer
// loads (zod, pg: ≈0.1 s) and the database connects. The issues' texts load only for a file that is refused.
import { prewarmParseWorker } from "../lib/import/parse-worker-pool";

const warm = prewarmParseWorker().catch(() => undefined);
// pg asks, as it loads, whether it runs in a Cloudflare Worker: without a global `navigator` (Node 20; Node 21 has
// one) it builds a fetch Response to find out, which loads all of Node's fetch (undici), unused here, at every
// start. Node 21's own navigator stands in while the importer loads.
const lacksNavigator = !("navigator" in globalThis);
if (lacksNavigator)
  Object.defineProperty(globalThis, "navigator", {
    value: { userAgent: `Node.js/${process.versions.node.split(".")[0]}` },
    configurable: true,
  });
const { runImport } = await import("./import-run");
if (lacksNavigator) Reflect.deleteProperty(globalThis, "navigator");
await runImport(warm);
