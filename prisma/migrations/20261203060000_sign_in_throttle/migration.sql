-- The sign-in throttle as the app's own table (lib/db/throttle.ts), replacing rate-limiter-flexible's store: one row
-- per key (a name at an address, an address, a name) with its failures in the window and its lock-out's end, read
-- and written under a row lock, so that attempts running at once on any server count against one allowance.
-- Counters are short-lived security state: starting from none is safe.

-- DropTable
DROP TABLE "login_throttle";

-- CreateTable
CREATE TABLE "sign_in_throttle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "locked_until" TIMESTAMPTZ(3),
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sign_in_throttle_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "sign_in_throttle_expires_at_idx" ON "sign_in_throttle"("expires_at");
