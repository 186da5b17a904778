-- A staff form's values kept on the server for an hour, so that a search or a refused form comes
-- back with what was typed without putting names, dates of birth or phone numbers into an address
-- (browser history, access logs of a shared counter PC). Only its author can open it.
CREATE TABLE "staff_form_draft" (
    "id" UUID NOT NULL,
    "staff_user_id" UUID NOT NULL,
    "form" TEXT NOT NULL,
    "entries" JSONB NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "staff_form_draft_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "staff_form_draft_expires_at_idx" ON "staff_form_draft"("expires_at");

ALTER TABLE "staff_form_draft" ADD CONSTRAINT "staff_form_draft_staff_user_id_fkey"
    FOREIGN KEY ("staff_user_id") REFERENCES "staff_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
