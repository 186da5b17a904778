-- The inbox lists every submission but callbacks, oldest first, paged by (created_at, id): without an
-- index in that order each page sorted the whole table (20,000 submissions: a sort of every row per
-- page, bench:staff-day). With it a page reads its 51 rows in order.
CREATE INDEX "form_submission_created_at_id_idx" ON "form_submission"("created_at", "id");
