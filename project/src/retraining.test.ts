import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRAINING_RULE, retrainingDecision, type MonitoringWindow } from './retraining';

const rule = { ...DEFAULT_RETRAINING_RULE, launchRecall: 0.8 };
const calm: MonitoringWindow = { scorePsi: 0.02, tokenPsi: 0.05, labelled: { ham: 1000, falsePositives: 2, spam: 500, missed: 100 } };

describe('retrainingDecision', () => {
  it('does nothing when the inputs are stable and the labels look as at launch', () => {
    expect(retrainingDecision(calm, rule)).toEqual({ action: 'none', reasons: [] });
  });

  it('watches a moderate shift and retrains on a large one', () => {
    expect(retrainingDecision({ ...calm, tokenPsi: 0.1 }, rule).action).toBe('watch');
    expect(retrainingDecision({ ...calm, scorePsi: 0.25 }, rule).action).toBe('retrain');
  });

  it('retrains when labels show the false-positive limit broken or recall fallen, given enough labels', () => {
    expect(retrainingDecision({ ...calm, labelled: { ...calm.labelled, falsePositives: 6 } }, rule).reasons).toEqual([expect.stringContaining('6 of 1000 legitimate messages')]);
    expect(retrainingDecision({ ...calm, labelled: { ...calm.labelled, missed: 151 } }, rule).action).toBe('retrain');
    expect(retrainingDecision({ ...calm, labelled: { ham: 100, falsePositives: 50, spam: 100, missed: 90 } }, rule).action).toBe('none');
  });
});
