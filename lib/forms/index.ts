// The forms' door: everything app/, components/, the worker and other capabilities use of them.
// Files inside lib/forms import each other directly; from outside only this file is imported
// (rule no-reaching-into-capability-internals, docs/architecture.md).

// The plain form posts of the form pages (route handlers call one each).
export { removeFile, savePage, startForm, submitForm } from "./posts";

// What the form pages read and show: definitions, drafts, the engine's steps, URLs, metadata.
export { findForm } from "./definitions";
export { addDraftFiles, findDraft, type UploadProblem } from "./drafts";
export {
  activePages,
  previousStep,
  resumeStep,
  sectionStates,
  stepNumber,
  validateForm,
  type SectionState,
} from "./engine";
export { draftPath, localized, statusPath } from "./paths";
export { formPageMetadata, privateFormPageMetadata } from "./page-metadata";
export { callbackRequestTypeAllowed, onlineFormOffered, talkToPersonOptions } from "./talk-to-person";
export type { AnswerValue, Answers, FieldDefinition, FormDefinition, PageDefinition, StoredFile } from "./types";

// Files uploaded into a draft (the upload route with JavaScript on), and their limits.
export { addFilesToDraft } from "./draft-uploads";
export { readUploadBody } from "./upload-body";
export { MAX_FILE_BYTES, MAX_FILES } from "./uploads";

// A submission's status page.
export { findSubmissionByStatusToken, type SubmissionStatusView } from "./status-change";

// The person's answer to a question, from the private status page.
export { answerQuestion, MAX_ANSWER_LENGTH, type AnswerProblem } from "./information-answer";

// The caseworker's inbox: submissions by status, form, age and assignee; one with its answers and
// files; assigning, moving the status, asking the person for information; an attachment's bytes.
export {
  askForInformation,
  assignSubmission,
  changeStatus,
  INFORMATION_TEMPLATES,
  listInbox,
  unassignedInboxCount,
  loadSubmission,
  openAttachment,
  submissionStatuses,
  type InboxChange,
  type InboxFilter,
  type InboxRow,
  type InformationTemplate,
  type SubmissionDetail,
} from "./inbox";
export { formDefinitions } from "./definitions";

// A form filed with help at the counter for a known person.
export { counterForms, startFormAtCounter } from "./counter-filing";

// The callback queue: open callback requests, claiming one, recording what the call came to.
export {
  CALLBACK_MAX_TRIES,
  CALLBACK_RETRY_HOURS,
  claimCallback,
  listCallbacks,
  dueCallbackCount,
  recordCallbackOutcome,
  requestedWindow,
  type CallbackResult,
  type ClaimOutcome,
  type QueuedCallback,
  type RecordedOutcome,
} from "./callback-queue";

// The JSON API's submissions and their operations in the OpenAPI document.
export { handleSubmissionRequest } from "./api";
export { submissionOperations } from "./operations";

// The nightly clean-up of stored files no draft or submission refers to any more.
export { collectOrphanFiles } from "./cleanup";
