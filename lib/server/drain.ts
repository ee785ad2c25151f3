import type http from "node:http";
import net from "node:net";

// Grace before idle connections are closed: one accepted just before SIGTERM may not have sent its request yet,
// and http.Server.close() would count it idle and reset it. Keep-alive connections are closed after their response.
const IDLE_GRACE_MS = 1_000;

/**
 * Graceful shutdown of an HTTP server: stop accepting connections, answer the requests in flight (each with
 * `Connection: close`), close connections once idle, and resolve when none is left — or after `timeoutMs`, when the
 * rest are cut (a cut upload's transaction is rolled back by the database: nothing half-done).
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
      // net.Server's close stops listening only; http.Server's would also drop connections that look idle
      const closed = new Promise<"drained">((resolve) =>
        net.Server.prototype.close.call(server, () => resolve("drained")),
      );
      const sweep = setInterval(() => server.closeIdleConnections(), IDLE_GRACE_MS);
      const timer = new Promise<"timed-out">((resolve) => setTimeout(resolve, timeoutMs, "timed-out").unref());
      const outcome = await Promise.race([closed, timer]);
      clearInterval(sweep);
      if (outcome === "timed-out") server.closeAllConnections();
      return outcome;
    },
  };
}
