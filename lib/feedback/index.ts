// Feedback's door: the feedback page and its post. From outside only this file is imported (rule
// no-reaching-into-capability-internals, docs/architecture.md).

export { feedbackKinds, MESSAGE_MAX, pageFromLink, parseFeedbackForm, readFeedbackForm, type FeedbackValues } from "./feedback-form";
export { discardRejectedFeedback, listFeedback, loadRejectedFeedback, saveFeedback, saveRejectedFeedback } from "./store";
