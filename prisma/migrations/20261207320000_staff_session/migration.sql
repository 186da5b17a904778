-- Staff sessions the server can end (lib/staff/sessions.ts): the session cookie (a next-auth JWT)
-- names a row here, and every request checks it: ended (sign-out, deactivation, a change of role or
-- password), idle for longer than the idle limit, or older than the absolute one, it admits nobody.
-- CreateTable
CREATE TABLE "staff_session" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "staff_user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ended_at" TIMESTAMPTZ(3),
    CONSTRAINT "staff_session_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "staff_session_staff_user_id_idx" ON "staff_session"("staff_user_id");
ALTER TABLE "staff_session" ADD CONSTRAINT "staff_session_staff_user_id_fkey" FOREIGN KEY ("staff_user_id") REFERENCES "staff_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
