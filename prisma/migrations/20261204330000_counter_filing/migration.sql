-- A form filed with help at the counter: staff start the form for a known person at the desk and
-- fill it in beside them; the submission is the person's and is marked as counter-assisted, with
-- the staff member, so the analytics can count self-served and counter-assisted side by side.

-- AlterTable
ALTER TABLE "form_submission" ADD COLUMN "assistance" "Assistance" NOT NULL DEFAULT 'self_service';
ALTER TABLE "form_submission" ADD COLUMN "filed_by_staff_id" UUID;
ALTER TABLE "form_submission" ADD CONSTRAINT "form_submission_filed_by_staff_id_fkey" FOREIGN KEY ("filed_by_staff_id") REFERENCES "staff_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
-- Filed by the person themselves: no staff member behind it.
ALTER TABLE "form_submission" ADD CONSTRAINT "form_submission_self_service_without_staff" CHECK ("assistance" <> 'self_service' OR "filed_by_staff_id" IS NULL);
