import http from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

export type SlowNetwork = { url: string; close: () => Promise<void> };

/**
 * A proxy in front of the app that sends each page's HTML as a slow network does: its first `upTo` bytes in pieces of
 * `piece` bytes, `pause` ms apart, then the rest. The browser parses, and may paint, the page a piece at a time.
 * Everything else passes through as it comes. The HTML is asked for uncompressed, so the pieces cut the markup itself.
 */
export async function slowNetwork(
  target: string,
  { piece = 2000, pause = 40, upTo = 48_000 } = {},
): Promise<SlowNetwork> {
  const server = http.createServer((request, response) => {
    const headers = { ...request.headers };
    delete headers["accept-encoding"];
    const upstream = http.request(
      new URL(request.url ?? "/", target),
      { method: request.method, headers },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        if (!String(answer.headers["content-type"]).startsWith("text/html")) return void answer.pipe(response);
        void (async () => {
          const body = Buffer.concat((await answer.toArray()) as Buffer[]);
          for (let at = 0; at < Math.min(upTo, body.length); at += piece) {
            response.write(body.subarray(at, Math.min(at + piece, upTo)));
            await sleep(pause);
          }
          response.end(body.subarray(Math.min(upTo, body.length)));
        })().catch(() => response.destroy());
      },
    );
    upstream.on("error", () => response.destroy());
    request.pipe(upstream);
  });
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((closed) => {
        server.close(() => closed());
        server.closeAllConnections();
      }),
  };
}
