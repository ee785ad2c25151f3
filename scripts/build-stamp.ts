// The newest modification time of the sources a production build depends on, written into .next when a build
// finishes (`npm run build` runs this after `next build`, also when `npm start` builds), so `npm start` builds again
// only when a source changed since.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const STAMP = path.join(".next", "source-stamp");
const SOURCES = [
  "app",
  "lib",
  "i18n",
  "messages",
  "proxy.ts",
  "next.config.js",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
];

function sourceStamp(): string {
  let newest = 0;
  const visit = (p: string) => {
    const s = statSync(p);
    if (s.isDirectory()) for (const e of readdirSync(p)) visit(path.join(p, e));
    else newest = Math.max(newest, s.mtimeMs);
  };
  for (const p of SOURCES) if (existsSync(p)) visit(p);
  return String(newest);
}

export const buildIsStale = () =>
  !existsSync(path.join(".next", "BUILD_ID")) || !existsSync(STAMP) || readFileSync(STAMP, "utf8") !== sourceStamp();

if (process.argv[1]?.endsWith("build-stamp.ts")) writeFileSync(STAMP, sourceStamp());
