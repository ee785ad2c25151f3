import createNextIntlPlugin from "next-intl/plugin";

/** @type {import("next").NextConfig} */
const nextConfig = {
  // Database drivers stay plain Node modules on the server instead of being bundled.
  serverExternalPackages: ["pg", "pg-copy-streams", "@prisma/adapter-pg", "@electric-sql/pglite", "@electric-sql/pglite-socket", "@resvg/resvg-js"],
  poweredByHeader: false,
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
