// The production HTTP server (started by scripts/start.ts): Next.js's request handler behind a plain Node server
// of ours, so that it knows the client's real address (for sign-in throttling), logs one line per request, and on
// SIGTERM finishes the requests in flight — uploads included — before it exits.
import http from "node:http";
import next from "next";
import { CLIENT_ADDRESS_HEADER, clientAddress } from "../lib/api/client-address";
import { readEnv } from "../lib/env";
import { log } from "../lib/log/logger";
import { trackRequests } from "../lib/server/drain";

const SHUTDOWN_TIMEOUT_MS = 25_000;
const env = readEnv();
const app = next({ dev: false, port: env.PORT });
await app.prepare();
const handle = app.getRequestHandler();

const server = http.createServer((req, res) => {
  const started = performance.now();
  const forwarded = req.headers["x-forwarded-for"];
  const address = clientAddress(
    req.socket.remoteAddress,
    Array.isArray(forwarded) ? forwarded.join(",") : forwarded,
    env.TRUSTED_PROXY_HOPS,
  );
  req.headers[CLIENT_ADDRESS_HEADER] = address; // overwrites whatever the client sent under that name
  res.once("close", () => {
    const path = (req.url ?? "/").split("?")[0];
    log.info(
      {
        event: "request",
        method: req.method,
        path,
        status: res.statusCode,
        ms: Math.round(performance.now() - started),
        address,
        complete: res.writableFinished,
      },
      "request",
    );
  });
  void handle(req, res);
});
const requests = trackRequests(server);
server.keepAliveTimeout = 65_000; // longer than a load balancer's idle timeout, so it never reuses a closed socket
server.listen(env.PORT, () => log.info({ event: "listening", port: env.PORT }, `Ready on port ${env.PORT}`));

let stopping = false;
const stop = async (reason: string) => {
  if (stopping) return;
  stopping = true;
  // whatever Next.js or a socket may still be waiting for, the process ends soon after the drain's limit
  setTimeout(() => process.exit(1), SHUTDOWN_TIMEOUT_MS + 5_000).unref();
  log.info({ event: "shutdown", reason, inFlight: requests.inFlight() }, "finishing requests in flight, then exiting");
  const outcome = await requests.drain(SHUTDOWN_TIMEOUT_MS);
  await Promise.race([app.close().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 2_000).unref())]);
  log.info({ event: "stopped", outcome }, "stopped");
  process.exit(0);
};
process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGINT", () => void stop("SIGINT"));
// The launcher (scripts/start.ts) holds the embedded database and restarts this process; if it is gone, this server
// is an orphan nobody supervises (and, embedded, without its database): it stops the same way as on SIGTERM.
const launcher = process.ppid;
setInterval(() => {
  if (process.ppid !== launcher) void stop("launcher exited");
}, 1_000).unref();
