// The client's address, for sign-in throttling. Next.js passes a client's own X-Forwarded-For through untouched,
// so the app's HTTP server (scripts/serve.ts) writes the address it trusts into CLIENT_ADDRESS_HEADER on every
// request, overwriting whatever the client sent: the socket's peer, or with TRUSTED_PROXY_HOPS proxies in front,
// the entry the nearest of them appended to X-Forwarded-For.
export const CLIENT_ADDRESS_HEADER = "x-dsd-client-address";

export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | undefined,
  hops: number,
): string {
  const peer = socketAddress ?? "unknown";
  if (hops === 0) return normalize(peer);
  const chain = (forwardedFor ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return normalize(chain[Math.max(0, chain.length - hops)] ?? peer);
}

/** IPv4-mapped IPv6 as IPv4; other IPv6 addresses by their /64, which one subscriber usually holds whole. */
export function normalize(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!address.includes(":")) return address;
  const [head = "", tail = ""] = address.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::")
    ? [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}
