-- Staff sign-in throttling and lock-out, counted per e-mail address tried and per client address
-- (lib/staff/sign-in.ts; the numbers are in docs/anti-bot.md).

-- CreateEnum
CREATE TYPE "SignInThrottleScope" AS ENUM ('account', 'address');

-- CreateTable
CREATE TABLE "sign_in_throttle" (
    "scope" "SignInThrottleScope" NOT NULL,
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "last_failure_at" TIMESTAMPTZ(3) NOT NULL,
    "locked_until" TIMESTAMPTZ(3),
    CONSTRAINT "sign_in_throttle_pkey" PRIMARY KEY ("scope", "key"),
    CONSTRAINT "sign_in_throttle_failures_check" CHECK ("failures" >= 0)
);

-- CreateIndex
CREATE INDEX "sign_in_throttle_locked_until_idx" ON "sign_in_throttle"("locked_until");
