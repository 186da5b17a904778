-- A walk-in's number drawn at the front desk for a person staff found (from the person page), so
-- that the visit stands on the person's timeline. An appointment's ticket needs no column of its
-- own: it belongs to the appointment's person. Kiosk numbers stay anonymous.
ALTER TABLE "queue_ticket" ADD COLUMN "citizen_id" UUID;
ALTER TABLE "queue_ticket" ADD CONSTRAINT "queue_ticket_citizen_check" CHECK ("kind" = 'walk_in' OR "citizen_id" IS NULL);
ALTER TABLE "queue_ticket" ADD CONSTRAINT "queue_ticket_citizen_id_fkey" FOREIGN KEY ("citizen_id") REFERENCES "citizen"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "queue_ticket_citizen_id_idx" ON "queue_ticket"("citizen_id") WHERE "citizen_id" IS NOT NULL;
