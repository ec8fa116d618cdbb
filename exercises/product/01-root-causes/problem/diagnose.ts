/** One week of operational signals, Monday to Sunday. */
export interface WeekSignals {
  week: string;
  /** New accounts opened that week. */
  signups: number;
  /** Times users pressed "Report spam" in the mail app (counted by the app). */
  reportClicks: number;
  /** Spam reports that reached the training table (counted by the data pipeline). */
  reportsCollected: number;
  /** Days since the filter's model was last trained, on the last day of the week. */
  modelAgeDays: number;
}

export type Cause = 'product change' | 'broken pipeline' | 'stale model';

/** Where the model is not the first suspect: the checks, and the limits that make them fire. */
export const LIMITS = {
  /** Sign-ups more than this many times the week before: who the users are has changed. */
  signupJump: 1.5,
  /** Fewer reports collected than this share of report clicks: the pipeline is losing data. */
  minCollectedShare: 0.8,
  /** A model older than this many days has not been refreshed on schedule (weekly). */
  maxModelAgeDays: 30,
};

export interface Suspect {
  cause: Cause;
  /** The first week whose signals point at this cause. */
  since: string;
}

/** Does this week's signal point at `cause`? `previous` is the week before, if any. */
export function fires(cause: Cause, week: WeekSignals, previous: WeekSignals | undefined): boolean {
  // Your code: one check per cause, using LIMITS.
  //   product change:  sign-ups jumped compared with the week before (no week before: no jump)
  //   broken pipeline: fewer reports collected than the share of clicks we expect
  //   stale model:     the model is older than allowed
  return false;
}

const CAUSES: Cause[] = ['product change', 'broken pipeline', 'stale model'];

/**
 * The suspected causes, the one whose signal appeared first at the top: the earliest change is
 * the likeliest root, and later ones are often its consequences. Ties keep the order of CAUSES.
 * `weeks` are in calendar order, oldest first; their labels are names, not something to sort by.
 */
export function diagnose(weeks: WeekSignals[]): Suspect[] {
  // Your code: for each cause, find the first week where it fires (weeks[i - 1] is the week
  // before), and return { cause, since } for those that fire, earliest first.
  return [];
}
