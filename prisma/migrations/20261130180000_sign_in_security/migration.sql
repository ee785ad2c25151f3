-- Sign-in security state shared by every app server (lib/auth): failed sign-in counters and lock-outs, written by
-- rate-limiter-flexible's PostgreSQL store (keys "fail:…" and "lock:…", expire in ms since epoch), and the editor
-- sessions that exist server-side, so that signing out (deleting the row) ends a session everywhere.

-- CreateTable
CREATE TABLE "login_throttle" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "login_throttle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "editor_sessions" (
    "id" TEXT NOT NULL,
    "editor" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "editor_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "editor_sessions_expires_at_idx" ON "editor_sessions"("expires_at");
