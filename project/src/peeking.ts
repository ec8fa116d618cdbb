/**
 * Peeking: looking at a running A/B test every day and stopping as soon as p < 0.05. Each look
 * is another chance for noise to cross the line, so the false-positive rate of the whole
 * procedure is far above the 5% each single test promises. Measured here by simulating A/A
 * tests (both arms have the same true rate, so every "significant" result is a false positive).
 */
import { twoProportionTest, type ArmResult } from './ab-test';
import { mulberry32 } from './random';

export interface PeekingOptions {
  /** A/A experiments to simulate. */
  experiments: number;
  /** Looks at the data per experiment, evenly spaced; 1 means one look, at the end. */
  peeks: number;
  /** New users in each arm between two looks. */
  usersPerPeek: number;
  /** The true rate of both arms. */
  rate: number;
  /** Stop and declare a difference when p < alpha. */
  alpha?: number;
  seed: number;
}

export interface PeekingResult {
  experiments: number;
  /** Experiments stopped with p < alpha at some look. */
  falsePositives: number;
  falsePositiveRate: number;
}

/** How many of `users` users convert when each does with probability `rate`. */
export function conversions(users: number, rate: number, random: () => number): number {
  let converted = 0;
  for (let user = 0; user < users; user++) if (random() < rate) converted++;
  return converted;
}

/** Simulates `experiments` A/A tests, each looked at `peeks` times, stopping at the first p < alpha. */
export function peekingFalsePositiveRate({ experiments, peeks, usersPerPeek, rate, alpha = 0.05, seed }: PeekingOptions): PeekingResult {
  const random = mulberry32(seed);
  let falsePositives = 0;
  for (let experiment = 0; experiment < experiments; experiment++) {
    const control: ArmResult = { users: 0, conversions: 0 };
    const treatment: ArmResult = { users: 0, conversions: 0 };
    for (let peek = 0; peek < peeks; peek++) {
      // The data so far: every look sees all users since the start, not only the newest.
      control.users += usersPerPeek;
      control.conversions += conversions(usersPerPeek, rate, random);
      treatment.users += usersPerPeek;
      treatment.conversions += conversions(usersPerPeek, rate, random);
      if (twoProportionTest(control, treatment).pValue < alpha) {
        falsePositives++;
        break;
      }
    }
  }
  return { experiments, falsePositives, falsePositiveRate: falsePositives / experiments };
}
