import type { RunOutcome } from '@site/src/runner/protocol';

/** "3 of 5 tests pass", "All 5 tests pass", or what stopped the run, in a learner's words. */
export function runSummary(outcome: RunOutcome): string {
  if (outcome.status === 'error') return RUN_ERROR_TITLES[outcome.reason];
  const total = outcome.passed + outcome.failed;
  if (total === 0) return 'No test ran.';
  if (outcome.failed === 0) return total === 1 ? 'The test passes.' : `All ${total} tests pass.`;
  return `${outcome.passed} of ${total} tests pass.`;
}

export const RUN_ERROR_TITLES: Record<Extract<RunOutcome, { status: 'error' }>['reason'], string> = {
  timeout: 'Your code took too long and was stopped.',
  compile: 'Your code could not be read as TypeScript.',
  import: 'A file could not be loaded.',
  'output-limit': 'Your code printed too much and was stopped.',
  crash: 'The run crashed before the tests could finish.',
};

/** What to try next, for each way a run can stop early. */
export const RUN_ERROR_ADVICE: Record<Extract<RunOutcome, { status: 'error' }>['reason'], string> = {
  timeout: 'Look for a loop whose condition never becomes false, or a loop that changes the value it is looping over.',
  compile: 'Check the line below for a missing bracket, quote or comma.',
  import: 'Check the names in your import and export lines.',
  'output-limit': 'Remove console.log calls inside loops, or log less.',
  crash: 'Try again; if it keeps happening, reload the page (your code is saved).',
};
