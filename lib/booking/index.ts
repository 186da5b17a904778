// Booking's door: everything app/, components/, the worker, the seed, the scripts and other
// capabilities use of it. Files inside lib/booking import each other directly; from outside only
// this file is imported (rule no-reaching-into-capability-internals, docs/architecture.md).

// The plain form posts of the booking and manage pages (route handlers call one each).
export {
  changeVideoConsent,
  chooseOtherTime,
  confirmBooking,
  confirmCancel,
  confirmReschedule,
  saveDetails,
} from "./posts";

// What the booking pages read and show: URLs, the draft, locations, slots, texts, metadata.
export { bookingPath } from "./paths";
export { loadDraft, newDraftData, type DraftData, type DraftErrors } from "./drafts";
export {
  bookableChannels,
  distanceFromCentre,
  journeyFromUrl,
  locationFor,
  locationsFor,
  requestTypeFor,
  slotsByDay,
} from "./browse";
export { searchSlots, type BookingChannel } from "./slots";
export type { Slot } from "./availability";
export { formatDay, formatTime, formatWhen } from "./texts";
export { bookingPageMetadata } from "./page-metadata";
export { newProofOfWorkChallenge, verifyProofOfWork } from "./proof-of-work";

// A booked appointment: found by its manage token, its links, its calendar file, its video room.
export { findByToken, isOpen } from "./manage";
export { calendarFile, icsUrl, manageUrl, placeText } from "./notify";
export { canJoin, JOIN_OPENS_MINUTES, videoUrl } from "./video";
// A caseworker's own appointments, today first, with the video room.
export {
  appointmentsOf,
  ownAppointmentDays,
  OWN_APPOINTMENT_DAYS,
  type OwnAppointment,
  type OwnAppointmentDays,
} from "./my-appointments";

// Booking one slot (the pages, the API and the demo data all book through it), and the places the
// demo data takes without a booking.
export { bookSlot, type BookingRequest } from "./book";
export { takePlaces } from "./capacity";

// The front desk: the one gate's person fields and actor (the people search and staff forms check
// with them), the next free slot with the places held back for the counter, the day at a location,
// and no-shows after the grace time (the worker runs markNoShows at the end of the day; staff mark
// one with markNoShow). Cancelling and moving for the person go through the manage link's rules
// (manage.ts), with the counter's places; pass the staff door's transaction as the client.
export { bookingActor, parseWith, personFields, type BookingActor } from "./request";
export { normalizeEmail, normalizePhone } from "./book";
export { freeSlotsForCounter, nextFreeSlotForCounter, slotsForRebooking, type RebookingSlot } from "./counter";
export { issueManageCode, openManageCode, renewManageLink } from "./manage-code";
export { APPOINTMENT_STATUSES, dayAtLocation, type DayAppointment, type DayAtLocation } from "./day-at-location";
export { markNoShow, markNoShows, noShowGraceMinutes, type NoShowOutcome } from "./no-show";
export { cancelAtFrontDesk, rescheduleAtFrontDesk } from "./manage";

// A closure's booked appointments: listed before it is saved, cancelled on confirmation.
export {
  bookedDuring,
  bookedOutsideHours,
  cancelForClosure,
  cancelledWithoutContact,
  sameAppointments,
  type AffectedAppointment,
} from "./closure-appointments";

// The JSON API's booking part and its operations in the OpenAPI document.
export { deleteAppointment, getAppointment, getLocations, getSlots, postAppointment } from "./api";
export { bookingOperations } from "./operations";

// The calendar file's renderer, registered by the process that delivers messages.
export { registerCalendarRenderer } from "./calendar-attachment";

// The front desk: an appointment by its reference, its id or a scanned or typed code, and checking the person in.
export {
  checkIn,
  checkInByCode,
  findAppointmentByCode,
  findAppointmentById,
  findAppointmentByReference,
  isOtherDay,
  otherDayQuestion,
  referenceCandidates,
  type CheckInOutcome,
} from "./check-in";

// The client's address behind the trusted proxies, as the rate limits count it.
export { clientIp, consumeLimits, isTrustedClient, type Limit } from "./rate-limit";

// The admin's locations: address, accessibility, booking window, opening hours with capacity and
// the front desk's share, closures and proposed public holidays (pass the staff door's transaction).
export {
  acceptHoliday,
  addClosure,
  listClosures,
  parseClosure,
  proposedHolidays,
  publicHolidays,
  removeClosure,
  type ClosureRow,
  type ProposedHoliday,
} from "./location-closures";
export { DETAIL_FIELDS, updateLocationDetails } from "./location-details";
export { MAX_HOURS_ROWS, readOpeningHours, saveOpeningHours, WEEKDAYS, type HoursRow } from "./location-hours";
export {
  findLocationForAdmin,
  listLocations,
  locationForm,
  STATES,
  type FieldProblems,
  type LocationForm,
} from "./location-settings";
