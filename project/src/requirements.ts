/**
 * The product's requirements, as numbers later chapters test against. Each one is a decision
 * about the users, not about the model: change it here and every test and report follows.
 */
export const requirements = {
  /**
   * At most 1 legitimate email in 200 may be sent to the spam folder. A lost invoice or job
   * offer costs a user far more than a spam they delete by hand, so this is a hard limit and
   * recall is maximised underneath it.
   */
  maxFalsePositiveRate: 0.005,

  /**
   * p99 time to classify one message in process. Mail servers filter messages inline while
   * the sender waits, so the filter must be a rounding error next to network time.
   */
  latencyP99Ms: 1,

  /** p99 of the whole HTTP round trip, measured by the service benchmark on loopback. */
  serviceLatencyP99Ms: 20,

  /**
   * Memory the loaded model may take. The filter runs next to the mail server (and in a
   * browser tab for the demo), so it must stay small.
   */
  modelMemoryBytes: 50 * 1024 * 1024,

  /**
   * Largest message accepted. Every message in the corpus is under 300 KB; bigger ones are
   * mostly attachments a text model cannot read, and refusing them bounds the latency.
   */
  maxMessageBytes: 512 * 1024,

  /** Reasons returned with each decision, so a user or support agent can see why. */
  reasonsPerDecision: 5,
} as const;

export type Requirements = typeof requirements;

/** What a later chapter measured; leave out what was not measured. */
export interface Measured {
  /** Share of legitimate test emails sent to the spam folder. */
  falsePositiveRate?: number;
  latencyP99Ms?: number;
  serviceLatencyP99Ms?: number;
  modelMemoryBytes?: number;
}

/** The measured limits: each is an upper bound ("at most"). */
export const MEASURED_LIMITS = ['maxFalsePositiveRate', 'latencyP99Ms', 'serviceLatencyP99Ms', 'modelMemoryBytes'] as const;

export type MeasuredLimit = (typeof MEASURED_LIMITS)[number];

/** Which measurement each limit is checked against. */
const MEASUREMENT_OF: Record<MeasuredLimit, keyof Measured> = {
  maxFalsePositiveRate: 'falsePositiveRate',
  latencyP99Ms: 'latencyP99Ms',
  serviceLatencyP99Ms: 'serviceLatencyP99Ms',
  modelMemoryBytes: 'modelMemoryBytes',
};

export interface Violation {
  requirement: MeasuredLimit;
  limit: number;
  measured: number;
}

/**
 * Compares measurements with the requirements and returns the ones over their limit, in the
 * order of `MEASURED_LIMITS`. A value equal to its limit meets it; a missing one is not checked.
 * A value that is not a number (NaN, from a broken measurement) cannot show it meets its limit,
 * so it is reported too.
 */
export function checkRequirements(measured: Measured, limits: Record<MeasuredLimit, number> = requirements): Violation[] {
  const violations: Violation[] = [];
  for (const requirement of MEASURED_LIMITS) {
    const value = measured[MEASUREMENT_OF[requirement]];
    const limit = limits[requirement];
    // Written as "not within the limit" rather than "over it", so that NaN is reported.
    if (value !== undefined && !(value <= limit)) violations.push({ requirement, limit, measured: value });
  }
  return violations;
}
