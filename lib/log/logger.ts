import pino from "pino";
import { serverEnv } from "../env";

// One JSON line per event on standard output (pino writes synchronously to fd 1, no worker thread). Passwords,
// cookies and file contents are never passed in; the redaction is a second line should a header object slip in.
const KEY = Symbol.for("defense-dashboard.logger");

export const log: pino.Logger = ((globalThis as Record<symbol, unknown>)[KEY] ??= pino({
  level: serverEnv().LOG_LEVEL,
  base: { pid: process.pid },
  timestamp: pino.stdTimeFunctions.isoTime,
  redact: {
    paths: ["password", "*.password", "cookie", "*.cookie", "headers.cookie", "headers.authorization", "*.set-cookie"],
    censor: "[redacted]",
  },
})) as pino.Logger;
