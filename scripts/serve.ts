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
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  log.info({ event: "shutdown", signal, inFlight: requests.inFlight() }, "finishing requests in flight, then exiting");
  const outcome = await requests.drain(SHUTDOWN_TIMEOUT_MS);
  await app.close().catch(() => {});
  log.info({ event: "stopped", outcome }, "stopped");
  process.exit(0);
};
process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGINT", () => void stop("SIGINT"));
