import createNextIntlPlugin from "next-intl/plugin";

/** @type {import("next").NextConfig} */
const nextConfig = {
  // Database drivers stay plain Node modules on the server instead of being bundled.
  serverExternalPackages: ["pg", "pg-copy-streams", "@prisma/adapter-pg", "@electric-sql/pglite", "@electric-sql/pglite-socket", "@resvg/resvg-js"],
  poweredByHeader: false,
};

export default createNextIntlPlugin("./i18n/request.ts")(nextConfig);
