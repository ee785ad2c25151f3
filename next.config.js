/** @type {import("next").NextConfig} */
const nextConfig = {
  // Database drivers stay plain Node modules on the server instead of being bundled.
  serverExternalPackages: ["pg", "pg-copy-streams", "@prisma/adapter-pg", "@electric-sql/pglite", "@electric-sql/pglite-socket"],
  poweredByHeader: false,
};

export default nextConfig;
