-- Initial schema of Zugang (hand-written in Prisma Migrate's style; see docs/database.md).

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('online', 'video', 'in_person', 'phone');
CREATE TYPE "Preference" AS ENUM ('personal', 'mixed', 'digital');
CREATE TYPE "StaffRole" AS ENUM ('front_desk', 'caseworker', 'admin');
CREATE TYPE "LocationKind" AS ENUM ('physical', 'virtual');
CREATE TYPE "AppointmentStatus" AS ENUM ('booked', 'cancelled', 'checked_in', 'completed', 'no_show');
CREATE TYPE "SubmissionStatus" AS ENUM ('received', 'in_review', 'needs_info', 'done');
CREATE TYPE "OutboxStatus" AS ENUM ('pending', 'sent', 'failed', 'cancelled');

-- CreateTable
CREATE TABLE "request_type" (
    "key" TEXT NOT NULL,
    "title" JSONB NOT NULL,
    "description" JSONB NOT NULL,
    "allowed_channels" "Channel"[],
    "slot_minutes" INTEGER NOT NULL DEFAULT 30,
    "is_emergency" BOOLEAN NOT NULL DEFAULT false,
    "external_url" TEXT,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "request_type_pkey" PRIMARY KEY ("key"),
    CONSTRAINT "request_type_slot_minutes_check" CHECK ("slot_minutes" BETWEEN 5 AND 480)
);

CREATE TABLE "routing_rule" (
    "id" UUID NOT NULL,
    "request_type_key" TEXT NOT NULL,
    "preference" "Preference" NOT NULL,
    "channel_order" "Channel"[],
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "routing_rule_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "situation_rule" (
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "params" JSONB NOT NULL DEFAULT '{}',
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "situation_rule_pkey" PRIMARY KEY ("key")
);

CREATE TABLE "citizen" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "customer_number" TEXT,
    "language" TEXT NOT NULL DEFAULT 'de',
    "interpreter_language" TEXT,
    "accessibility_needs" TEXT,
    "device_profile" TEXT,
    "help_need" TEXT,
    "preference" "Preference",
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "delete_after" TIMESTAMPTZ(3),
    CONSTRAINT "citizen_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "journey" (
    "id" UUID NOT NULL,
    "request_type_key" TEXT NOT NULL,
    "preference" "Preference",
    "situation" JSONB NOT NULL DEFAULT '{}',
    "options" JSONB NOT NULL DEFAULT '[]',
    "recommended_channel" "Channel",
    "chosen_channel" "Channel",
    "language" TEXT NOT NULL DEFAULT 'de',
    "for_someone_else" BOOLEAN NOT NULL DEFAULT false,
    "outcome" TEXT NOT NULL DEFAULT 'started',
    "citizen_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "journey_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "location" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "LocationKind" NOT NULL DEFAULT 'physical',
    "street" TEXT,
    "postal_code" TEXT,
    "city" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "step_free" BOOLEAN NOT NULL DEFAULT false,
    "accessibility_notes" TEXT,
    "walk_in_notes" TEXT,
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "min_notice_minutes" INTEGER NOT NULL DEFAULT 120,
    "horizon_days" INTEGER NOT NULL DEFAULT 42,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "location_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "opening_hours" (
    "id" UUID NOT NULL,
    "location_id" UUID NOT NULL,
    "weekday" INTEGER NOT NULL,
    "opens_at" TEXT NOT NULL,
    "closes_at" TEXT NOT NULL,
    "capacity" INTEGER NOT NULL DEFAULT 1,
    "front_desk_reserve" INTEGER NOT NULL DEFAULT 0,
    "walk_in" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "opening_hours_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "opening_hours_weekday_check" CHECK ("weekday" BETWEEN 1 AND 7),
    CONSTRAINT "opening_hours_times_check" CHECK ("opens_at" ~ '^[0-2][0-9]:[0-5][0-9]$' AND "closes_at" ~ '^[0-2][0-9]:[0-5][0-9]$' AND "opens_at" < "closes_at"),
    CONSTRAINT "opening_hours_capacity_check" CHECK ("capacity" >= 0 AND "front_desk_reserve" >= 0 AND "front_desk_reserve" <= "capacity")
);

CREATE TABLE "closure" (
    "id" UUID NOT NULL,
    "location_id" UUID,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    CONSTRAINT "closure_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "closure_range_check" CHECK ("starts_on" <= "ends_on")
);

CREATE TABLE "appointment" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "request_type_key" TEXT NOT NULL,
    "channel" "Channel" NOT NULL,
    "location_id" UUID NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "status" "AppointmentStatus" NOT NULL DEFAULT 'booked',
    "citizen_id" UUID NOT NULL,
    "journey_id" UUID,
    "booked_by_staff_id" UUID,
    "language" TEXT NOT NULL DEFAULT 'de',
    "interpreter_language" TEXT,
    "accessibility_needs" TEXT,
    "note" TEXT,
    "room_name" TEXT,
    "video_consent_at" TIMESTAMPTZ(3),
    "manage_token_hash" TEXT NOT NULL,
    "cancelled_at" TIMESTAMPTZ(3),
    "checked_in_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "appointment_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "appointment_time_check" CHECK ("starts_at" < "ends_at")
);

CREATE TABLE "form_submission" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "form_key" TEXT NOT NULL,
    "answers" JSONB NOT NULL,
    "status" "SubmissionStatus" NOT NULL DEFAULT 'received',
    "status_token_hash" TEXT NOT NULL,
    "idempotency_key" TEXT NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'de',
    "citizen_id" UUID,
    "journey_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "form_submission_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "attachment" (
    "id" UUID NOT NULL,
    "submission_id" UUID NOT NULL,
    "storage_key" TEXT NOT NULL,
    "original_name" TEXT NOT NULL,
    "mime_type" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "attachment_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "submission_status_change" (
    "id" UUID NOT NULL,
    "submission_id" UUID NOT NULL,
    "from_status" "SubmissionStatus",
    "to_status" "SubmissionStatus" NOT NULL,
    "note" TEXT,
    "staff_user_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "submission_status_change_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "form_draft" (
    "id" UUID NOT NULL,
    "form_key" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "answers" JSONB NOT NULL DEFAULT '{}',
    "step" INTEGER NOT NULL DEFAULT 0,
    "language" TEXT NOT NULL DEFAULT 'de',
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "form_draft_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "idempotency_record" (
    "scope" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "request_hash" TEXT NOT NULL,
    "status_code" INTEGER,
    "response_body" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "idempotency_record_pkey" PRIMARY KEY ("scope", "key")
);

CREATE TABLE "staff_user" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "role" "StaffRole" NOT NULL,
    "location_id" UUID,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "staff_user_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "notification_outbox" (
    "id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "transport" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "attachments" JSONB NOT NULL DEFAULT '[]',
    "appointment_id" UUID,
    "submission_id" UUID,
    "status" "OutboxStatus" NOT NULL DEFAULT 'pending',
    "send_after" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "sent_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "notification_outbox_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "audit_log" (
    "id" UUID NOT NULL,
    "staff_user_id" UUID,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT,
    "citizen_id" UUID,
    "details" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "feedback" (
    "id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "page_url" TEXT,
    "email" TEXT,
    "rating" INTEGER,
    "language" TEXT NOT NULL DEFAULT 'de',
    "journey_id" UUID,
    "handled_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "feedback_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "questionnaire_answer" (
    "id" UUID NOT NULL,
    "journey_id" UUID,
    "answers" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "questionnaire_answer_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "rate_limit_counter" (
    "key" TEXT NOT NULL,
    "window_start" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "rate_limit_counter_pkey" PRIMARY KEY ("key", "window_start")
);

-- CreateIndex
CREATE UNIQUE INDEX "routing_rule_request_type_key_preference_key" ON "routing_rule"("request_type_key", "preference");
CREATE INDEX "citizen_customer_number_idx" ON "citizen"("customer_number");
CREATE INDEX "citizen_email_idx" ON "citizen"("email");
CREATE INDEX "citizen_phone_idx" ON "citizen"("phone");
CREATE INDEX "journey_created_at_idx" ON "journey"("created_at");
CREATE INDEX "journey_citizen_id_idx" ON "journey"("citizen_id");
CREATE UNIQUE INDEX "location_slug_key" ON "location"("slug");
CREATE INDEX "opening_hours_location_id_weekday_idx" ON "opening_hours"("location_id", "weekday");
CREATE INDEX "closure_location_id_starts_on_idx" ON "closure"("location_id", "starts_on");
CREATE UNIQUE INDEX "appointment_reference_key" ON "appointment"("reference");
CREATE UNIQUE INDEX "appointment_room_name_key" ON "appointment"("room_name");
CREATE UNIQUE INDEX "appointment_manage_token_hash_key" ON "appointment"("manage_token_hash");
CREATE INDEX "appointment_location_id_starts_at_idx" ON "appointment"("location_id", "starts_at");
CREATE INDEX "appointment_citizen_id_idx" ON "appointment"("citizen_id");
CREATE UNIQUE INDEX "form_submission_reference_key" ON "form_submission"("reference");
CREATE UNIQUE INDEX "form_submission_status_token_hash_key" ON "form_submission"("status_token_hash");
CREATE UNIQUE INDEX "form_submission_idempotency_key_key" ON "form_submission"("idempotency_key");
CREATE INDEX "form_submission_status_created_at_idx" ON "form_submission"("status", "created_at");
CREATE UNIQUE INDEX "attachment_storage_key_key" ON "attachment"("storage_key");
CREATE INDEX "attachment_submission_id_idx" ON "attachment"("submission_id");
CREATE INDEX "submission_status_change_submission_id_created_at_idx" ON "submission_status_change"("submission_id", "created_at");
CREATE UNIQUE INDEX "form_draft_token_hash_key" ON "form_draft"("token_hash");
CREATE INDEX "form_draft_expires_at_idx" ON "form_draft"("expires_at");
CREATE UNIQUE INDEX "staff_user_email_key" ON "staff_user"("email");
CREATE INDEX "notification_outbox_status_send_after_idx" ON "notification_outbox"("status", "send_after");
CREATE INDEX "notification_outbox_appointment_id_idx" ON "notification_outbox"("appointment_id");
CREATE INDEX "audit_log_citizen_id_created_at_idx" ON "audit_log"("citizen_id", "created_at");
CREATE INDEX "feedback_created_at_idx" ON "feedback"("created_at");

-- AddForeignKey
ALTER TABLE "routing_rule" ADD CONSTRAINT "routing_rule_request_type_key_fkey" FOREIGN KEY ("request_type_key") REFERENCES "request_type"("key") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "journey" ADD CONSTRAINT "journey_request_type_key_fkey" FOREIGN KEY ("request_type_key") REFERENCES "request_type"("key") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "journey" ADD CONSTRAINT "journey_citizen_id_fkey" FOREIGN KEY ("citizen_id") REFERENCES "citizen"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "opening_hours" ADD CONSTRAINT "opening_hours_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "closure" ADD CONSTRAINT "closure_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "appointment" ADD CONSTRAINT "appointment_request_type_key_fkey" FOREIGN KEY ("request_type_key") REFERENCES "request_type"("key") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "appointment" ADD CONSTRAINT "appointment_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "appointment" ADD CONSTRAINT "appointment_citizen_id_fkey" FOREIGN KEY ("citizen_id") REFERENCES "citizen"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "appointment" ADD CONSTRAINT "appointment_journey_id_fkey" FOREIGN KEY ("journey_id") REFERENCES "journey"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "appointment" ADD CONSTRAINT "appointment_booked_by_staff_id_fkey" FOREIGN KEY ("booked_by_staff_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "form_submission" ADD CONSTRAINT "form_submission_citizen_id_fkey" FOREIGN KEY ("citizen_id") REFERENCES "citizen"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "form_submission" ADD CONSTRAINT "form_submission_journey_id_fkey" FOREIGN KEY ("journey_id") REFERENCES "journey"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_submission_id_fkey" FOREIGN KEY ("submission_id") REFERENCES "form_submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "submission_status_change" ADD CONSTRAINT "submission_status_change_submission_id_fkey" FOREIGN KEY ("submission_id") REFERENCES "form_submission"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "submission_status_change" ADD CONSTRAINT "submission_status_change_staff_user_id_fkey" FOREIGN KEY ("staff_user_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "staff_user" ADD CONSTRAINT "staff_user_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_staff_user_id_fkey" FOREIGN KEY ("staff_user_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_journey_id_fkey" FOREIGN KEY ("journey_id") REFERENCES "journey"("id") ON DELETE SET NULL ON UPDATE CASCADE;
