// Feedback's door: the feedback page and its post. From outside only this file is imported (rule
// no-reaching-into-capability-internals, docs/architecture.md).

export {
  feedbackKinds,
  MESSAGE_MAX,
  pageFromLink,
  parseFeedbackForm,
  readFeedbackForm,
  type FeedbackValues,
} from "./feedback-form";
export {
  discardRejectedFeedback,
  listFeedback,
  loadRejectedFeedback,
  saveFeedback,
  saveRejectedFeedback,
} from "./store";

// The one-tap rating after a finished flow, and staff's feedback on their tools from every staff page.
export {
  parseRatingForm,
  RATINGS,
  readRatingForm,
  staffFeedbackSchema,
  staffPageOf,
  type RatingErrors,
  type RatingValues,
  type StaffFeedbackInput,
} from "./rating-form";
export { discardRejectedRating, loadRejectedRating, saveRating, saveRejectedRating, saveStaffFeedback } from "./store";
