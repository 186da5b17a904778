-- Feedback from staff on their tools, beside the citizens' feedback, barrier reports and ratings:
--   * staff_role is the role of the staff member who sent it (not the person: the role is what the
--     tool's fit depends on, and feedback is freer without a name);
--   * the kinds and the rating's range become CHECK constraints, and a staff entry carries its role.

ALTER TABLE "feedback" ADD COLUMN "staff_role" "StaffRole";

ALTER TABLE "feedback" ADD CONSTRAINT "feedback_kind" CHECK ("kind" IN ('feedback', 'barrier', 'rating', 'staff'));
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_rating" CHECK ("rating" BETWEEN 1 AND 5); -- NULL passes: only ratings carry one
ALTER TABLE "feedback" ADD CONSTRAINT "feedback_staff_role" CHECK (("kind" = 'staff') = ("staff_role" IS NOT NULL));
