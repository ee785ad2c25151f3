import { z } from "zod";

// Validated where a process starts (next.config.js when Next.js loads it; scripts/): a bad value fails fast, named.
const ZEnv = z
  .object({
    /** A real PostgreSQL server. Unset: the embedded PGlite database under DATA_DIR is used. */
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
    /** Where the embedded database and runtime files live (git-ignored). */
    DATA_DIR: z.string().min(1).default(".data"),
    /** Set by the launcher when DATABASE_URL points at the embedded server (it multiplexes one session). */
    EMBEDDED_DATABASE: z.enum(["0", "1"]).default("0"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /** Editors who may upload and roll back: "name:scrypt$…" entries separated by spaces (npm run hash-password). */
    EDITORS: z.string().optional(),
    /** Signs session cookies; at least 32 characters. Required when EDITORS is set. */
    SESSION_SECRET: z.string().min(32, "SESSION_SECRET must be at least 32 characters").optional(),
    /** The site's public origin (https://dash.example.org): absolute URLs use it, request host headers are ignored. */
    PUBLIC_ORIGIN: z
      .url({ protocol: /^https?$/ })
      .refine(
        (v) => new URL(v).pathname === "/" && !/[?#]/.test(v) && !new URL(v).username,
        "PUBLIC_ORIGIN must be an origin only, e.g. https://dash.example.org",
      )
      .transform((v) => new URL(v).origin)
      .optional(),
    /** How many proxies in front of the app append to X-Forwarded-For; their last entry is the client address. */
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    /** pino log level for the JSON logs on standard output. */
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  })
  .refine((env) => !env.EDITORS || env.SESSION_SECRET, {
    message: "SESSION_SECRET is required when EDITORS is set",
    path: ["SESSION_SECRET"],
  });

export type TEnv = z.infer<typeof ZEnv>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): TEnv {
  const parsed = ZEnv.safeParse({
    ...source,
    DATABASE_URL: source.DATABASE_URL || undefined,
    EDITORS: source.EDITORS || undefined,
    SESSION_SECRET: source.SESSION_SECRET || undefined,
    PUBLIC_ORIGIN: source.PUBLIC_ORIGIN || undefined,
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}

let cached: TEnv | undefined;

/**
 * The database a launcher opened (lib/db/connect.ts), named in the environment, so that the rest of this process
 * and every process it starts use the same one.
 */
export function useDatabase(url: string, embedded: boolean): void {
  process.env.DATABASE_URL = url;
  process.env.EMBEDDED_DATABASE = embedded ? "1" : "0";
  cached = undefined;
}

/** The environment of this server process, validated once (for the request path, where parsing every time costs). */
export function serverEnv(): TEnv {
  cached ??= readEnv();
  return cached;
}
