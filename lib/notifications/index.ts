// Notifications' door: what booking and forms hand it, and what the worker and the database's
// preparation start. It knows nothing of bookings or forms (rule
// notifications-knows-no-bookings-or-forms); from outside only this file is imported (rule
// no-reaching-into-capability-internals, docs/architecture.md).

// Messages queued in the caller's transaction, and cancelled again.
export {
  cancelPendingMessages,
  outboxRows,
  queueMessage,
  queueMessages,
  type MessageKind,
  type OutgoingMessage,
} from "./outbox";

// Attachments made at delivery by a renderer the sender registers by kind name.
export { deferredAttachment, registerAttachmentRenderer, type StoredAttachment } from "./attachments";

// Delivery: the job queue, the worker and the transports it sends through.
export {
  installJobQueue,
  startNotificationWorker,
  WORKER_SCHEDULE,
  type NotificationWorker,
  type ScheduledJob,
  type WorkerSchedule,
} from "./worker";
export { transportsFromEnv, type Transports } from "./transports";

// What waits in the outbox and what the job queue gave up on, for the metrics.
export { failedJobCounts, outboxCounts, type JobCount, type OutboxCounts } from "./counts";
