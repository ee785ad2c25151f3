const LOST = ["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "57P01", "57P02", "57P03", "08000", "08003", "08006"];

/** The database could not be reached or went away mid-request (refused, reset, shutting down, timed out). */
export function isLostConnection(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    (typeof code === "string" && LOST.includes(code)) ||
    /Connection terminated|timeout exceeded when trying to connect/i.test((error as Error | null)?.message ?? "")
  );
}
