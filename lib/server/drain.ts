import type http from "node:http";

/**
 * Graceful shutdown of an HTTP server: stop accepting connections, close idle keep-alive connections, answer the
 * requests in flight (each with `Connection: close`), and resolve once they are done — or after `timeoutMs`, when
 * the remaining connections are cut (a cut upload's transaction is rolled back by the database, nothing half-done).
 */
export function trackRequests(server: http.Server) {
  let inFlight = 0;
  let draining = false;
  server.on("request", (_req: http.IncomingMessage, res: http.ServerResponse) => {
    inFlight++;
    if (draining) res.setHeader("connection", "close");
    res.once("close", () => inFlight--);
  });
  return {
    inFlight: () => inFlight,
    async drain(timeoutMs: number): Promise<"drained" | "timed-out"> {
      draining = true;
      const closed = new Promise<"drained">((resolve) => server.close(() => resolve("drained")));
      server.closeIdleConnections();
      const timer = new Promise<"timed-out">((resolve) => setTimeout(resolve, timeoutMs, "timed-out").unref());
      const outcome = await Promise.race([closed, timer]);
      if (outcome === "timed-out") server.closeAllConnections();
      return outcome;
    },
  };
}
