// The expected wait of a new walk-in: the people waiting before them, served by the desks working
// now at the pace of the recent handling times. Pure arithmetic here; queue-facts.ts reads the
// figures from the database.

/** Minutes one person takes at a desk when nobody has been served lately. */
export const DEFAULT_HANDLING_MINUTES = 10;
/** How far back a desk counts as serving (it called someone within this time). */
export const SERVING_WINDOW_MINUTES = 30;
/** How far back finished tickets count for the handling time. */
export const HANDLING_WINDOW_MINUTES = 120;

export interface QueueFacts {
  /** people waiting before the new one (ready now) */
  ahead: number;
  /** desks that called someone within SERVING_WINDOW_MINUTES (at least one is assumed) */
  desks: number;
  /** handling times (first call to finish) of the tickets finished within HANDLING_WINDOW_MINUTES, in minutes */
  handlingMinutes: number[];
}

/** The median, or the default when nothing was handled lately. */
export function typicalHandlingMinutes(handlingMinutes: readonly number[]): number {
  const sorted = handlingMinutes.filter((value) => Number.isFinite(value) && value >= 0).sort((a, b) => a - b);
  if (sorted.length === 0) return DEFAULT_HANDLING_MINUTES;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Whole minutes until a new walk-in is likely called: everyone before them, shared among the desks
 * serving, each taking the typical handling time. Nobody before them: 0.
 */
export function estimateWaitMinutes(facts: QueueFacts): number {
  if (facts.ahead <= 0) return 0;
  const desks = Math.max(1, facts.desks);
  return Math.ceil((facts.ahead * typicalHandlingMinutes(facts.handlingMinutes)) / desks);
}
