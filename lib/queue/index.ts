// The queue's door (the waiting room: tickets, desks, the call display): everything app/, the
// scripts and other capabilities use of it. Files inside lib/queue import each other directly.

// Numbers drawn by walk-ins (front desk, kiosk), and a ticket as its holder sees it.
export {
  DailyLimitReachedError,
  drawTicket,
  ticketRequest,
  ticketStatus,
  type DrawnTicket,
  type TicketRequest,
} from "./tickets";

// A desk's work: preview and call the next (two desks never get the same person), the steps on a
// called ticket, and what the desk sees.
export {
  applyStep,
  callNext,
  deskName,
  deskSchema,
  MAX_CALLS,
  OUTCOMES,
  previewNext,
  QueueStepError,
  STEPS,
  stepSchema,
  type CalledTicket,
  type Desk,
  type Outcome,
  type Step,
  type StepInput,
  type StepResult,
} from "./desk";
export { deskView, type DeskView, type QueueEntry } from "./desk-view";

// The expected wait: the pure estimate and the figures it is made from.
export { DEFAULT_HANDLING_MINUTES, estimateWaitMinutes, typicalHandlingMinutes, type QueueFacts } from "./estimate";
export { queueFacts, type LocationQueueFacts } from "./facts";

// The call display: its state by token or location, the per-process listener that pushes changes,
// and the admin's renewal of its secret link.
export {
  displayByToken,
  displaySettings,
  displayState,
  locationForDisplayToken,
  queueLocations,
  queueSettingsSchema,
  renewDisplayToken,
  saveQueueSettings,
  type DisplayCall,
  type DisplayState,
} from "./display";
export { listenOn, subscribeToDisplay } from "./listener";
export { closeDisplayStreams, displayEvents } from "./events";

// People waiting per location today, for the metrics.
export { waitingPerLocation, type WaitingCount } from "./waiting-counts";

// "Almost your turn" through the outbox.
export { ALMOST_TURN_AHEAD } from "./almost";

// The front desk's day view: the day's walk-ins.
export { waitingWalkInCount, walkInsOfDay, type WalkIn } from "./walk-ins";

// The JSON API for kiosks and screens, and its operations in the OpenAPI document.
export { getQueueDisplay, postQueueTicket, ticketPath } from "./api";
export { queueOperations } from "./operations";
