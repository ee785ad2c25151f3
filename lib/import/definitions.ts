/** How a dataset counts defense spending (the Definition enum of prisma/schema.prisma). */
export const DEFINITIONS = [
  "NATO",
  "SIPRI",
  "JAPAN_MOD_BUDGET",
  "JAPAN_SECURITY_RELATED",
  "JAPAN_NATO_COMPARABLE",
  "OTHER",
  "NATO_CORE",
] as const;
