import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { getPool } from "./pool";

const globalForPrisma = globalThis as unknown as { dsdPrisma?: PrismaClient };

/** Prisma Client over the shared pg pool (Prisma 7 driver adapter: no engine binary needed). */
export function getPrisma(): PrismaClient {
  globalForPrisma.dsdPrisma ??= new PrismaClient({ adapter: new PrismaPg(getPool()) });
  return globalForPrisma.dsdPrisma;
}

export async function disconnectPrisma(): Promise<void> {
  const client = globalForPrisma.dsdPrisma;
  globalForPrisma.dsdPrisma = undefined;
  await client?.$disconnect();
}
