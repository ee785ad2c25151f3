import createNextIntlPlugin from "next-intl/plugin";
import { tsImport } from "tsx/esm/api";

// The environment is validated when Next.js loads this file (`next build`, `next start`, `next dev`, and the server
// scripts/serve.ts runs), with lib/env.ts's schema: a bad value fails fast, with its name, before anything is served.
const { readEnv } = /** @type {typeof import("./lib/env")} */ (await tsImport("./lib/env.ts", import.meta.url));
readEnv();

// Security headers on every response (pages, API, assets). The dashboard pages are rendered once and served from
// the page cache (proxy.ts), so a per-request CSP nonce is impossible for them (Next.js needs dynamic rendering for
// nonces): the policy is static. Scripts: this origin, plus the inline RSC payload Next.js writes into each page
// ('unsafe-inline'; no other site's script can run). The upload preview's Web Worker comes from this origin; charts
// and the Open Graph image are same-origin SVG/PNG; styles include React's inline style attributes.
const CSP = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${process.env.NODE_ENV === "development" ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");
const COMMON = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
  },
];
// /embed (and /ar/embed, /ja/embed) is the chart for other sites' iframes: framable by anyone. Nothing else is.
const EMBED = "/:locale(en|ar|ja)?/embed";
const securityHeaders = [
  { source: "/:path*", headers: COMMON },
  {
    source: "/((?!(?:en/|ar/|ja/)?embed(?:/|$)).*)",
    headers: [
      { key: "Content-Security-Policy", value: `${CSP}; frame-ancestors 'none'` },
      { key: "X-Frame-Options", value: "DENY" },
    ],
  },
  { source: `${EMBED}/:rest*`, headers: [{ key: "Content-Security-Policy", value: `${CSP}; frame-ancestors *` }] },
  // HSTS only when the site is reached over https (TLS ends at the load balancer, which says so)
  {
    source: "/:path*",
    has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
    headers: [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }],
  },
];

/** @type {import("next").NextConfig} */
const nextConfig = {
  // Database drivers stay plain Node modules on the server instead of being bundled.
  serverExternalPackages: [
    "pg",
    "pg-copy-streams",
    "@prisma/adapter-pg",
    "@electric-sql/pglite",
    "@electric-sql/pglite-socket",
    "@resvg/resvg-js",
    "rate-limiter-flexible",
    // bundles the import's parse worker on demand (lib/import/parse-worker-file.ts)
    "esbuild",
  ],
  poweredByHeader: false,
  // Next.js hashes every page it sends to make an ETag (FNV-1a in JavaScript over the whole HTML): 13% of a server's
  // CPU under load with the chart in the page (docs/PERFORMANCE.md). Pages carry Cache-Control (s-maxage=10) for
  // caches to reuse them; a revalidation costs a render-free cache hit here, so the hash is not worth its price.
  generateEtags: false,
  headers: async () => securityHeaders,
  // The dashboard home is cached per data version (proxy.ts); its public URL says `Cache-Control: s-maxage=10`, so a
  // CDN may show a previous edition for at most 10 s. No stale-while-revalidate: a browser would apply it too, and
  // show the previous edition after a commit.
  expireTime: 10,
  experimental: {
    // Cached pages stay in memory (an LRU of cacheMaxMemorySize, 50 MB): every key is a new file otherwise, and a
    // crawler walking country combinations would fill the disk. Each server keeps its own; a restart starts empty.
    isrFlushToDisk: false,
  },
};

export default createNextIntlPlugin("./i18n/request.ts")(nextConfig);
