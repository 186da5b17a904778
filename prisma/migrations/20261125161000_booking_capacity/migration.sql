-- Capacity per 15-minute unit, enforced by the database: a booking increments every unit it
-- covers with a conditional upsert, and the CHECK makes any overbooking fail.
CREATE TABLE "slot_capacity" (
    "location_id" UUID NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "capacity" INTEGER NOT NULL,
    "booked" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "slot_capacity_pkey" PRIMARY KEY ("location_id", "starts_at"),
    CONSTRAINT "slot_capacity_booked_within_capacity" CHECK ("booked" >= 0 AND "booked" <= "capacity")
);

-- Places of cancelled or moved appointments, given back after a short delay.
CREATE TABLE "slot_hold" (
    "id" UUID NOT NULL,
    "location_id" UUID NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "release_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "slot_hold_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "slot_hold_range" CHECK ("ends_at" > "starts_at")
);

CREATE INDEX "slot_hold_release_at_idx" ON "slot_hold"("release_at");

ALTER TABLE "slot_capacity" ADD CONSTRAINT "slot_capacity_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "slot_hold" ADD CONSTRAINT "slot_hold_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Bookings in progress (the web form's answers between steps), under a hashed token.
CREATE TABLE "booking_draft" (
    "id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "errors" JSONB,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "booking_draft_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "booking_draft_token_hash_key" ON "booking_draft"("token_hash");
CREATE INDEX "booking_draft_expires_at_idx" ON "booking_draft"("expires_at");
