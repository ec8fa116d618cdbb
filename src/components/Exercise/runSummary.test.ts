import { describe, expect, it } from 'vitest';
import { runSummary } from './runSummary';

describe('runSummary', () => {
  const finished = (passed: number, failed: number) =>
    ({ status: 'finished', passed, failed, skipped: 0, durationMs: 5, consoleTruncated: false }) as const;

  it('counts passing tests out of all', () => {
    expect(runSummary(finished(3, 2))).toBe('3 of 5 tests pass.');
    expect(runSummary(finished(0, 4))).toBe('0 of 4 tests pass.');
  });

  it('celebrates a full pass, in the singular when there is one test', () => {
    expect(runSummary(finished(5, 0))).toBe('All 5 tests pass.');
    expect(runSummary(finished(1, 0))).toBe('The test passes.');
  });

  it('says plainly when no test ran or the run stopped', () => {
    expect(runSummary(finished(0, 0))).toBe('No test ran.');
    expect(runSummary({ status: 'error', reason: 'timeout', message: 'x', durationMs: 4000 })).toMatch(/too long/);
  });
});
