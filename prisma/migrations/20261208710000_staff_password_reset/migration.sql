-- Staff passwords people choose themselves (lib/staff/password-reset.ts, lib/staff/account-password.ts):
--   * must_change_password: a password an admin set (a new account, "Passwort setzen") is changed by
--     its owner at the next sign-in before any other staff page opens; their own change clears it.
--   * staff_password_reset: a reset link an admin sends through the outbox. Only the SHA-256 of its
--     token is stored; it is used once (used_at) and ends 24 hours after it was made (expires_at).
ALTER TABLE "staff_user" ADD COLUMN "must_change_password" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "staff_password_reset" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "staff_user_id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    CONSTRAINT "staff_password_reset_pkey" PRIMARY KEY ("id"),
    -- a hash, never a token: 64 hex digits
    CONSTRAINT "staff_password_reset_token_hash_check" CHECK ("token_hash" ~ '^[0-9a-f]{64}$'),
    CONSTRAINT "staff_password_reset_expiry_check" CHECK ("expires_at" > "created_at")
);
CREATE UNIQUE INDEX "staff_password_reset_token_hash_key" ON "staff_password_reset"("token_hash");
CREATE INDEX "staff_password_reset_staff_user_id_idx" ON "staff_password_reset"("staff_user_id");
ALTER TABLE "staff_password_reset" ADD CONSTRAINT "staff_password_reset_staff_user_id_fkey" FOREIGN KEY ("staff_user_id") REFERENCES "staff_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
