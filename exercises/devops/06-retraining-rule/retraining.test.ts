import { describe, expect, it } from 'vitest';
import drift from 'dataset:drift';
import { retrainingDecision, type MonitoringWindow, type RetrainingRule } from './retraining';

const rule: RetrainingRule = { watchPsi: 0.1, retrainPsi: 0.25, maxFalsePositiveRate: 0.005, launchRecall: 0.75, maxRecallDrop: 0.25, minLabelled: 200 };
const calm: MonitoringWindow = { scorePsi: 0.03, tokenPsi: 0.05, labelled: { ham: 2000, falsePositives: 4, spam: 600, missed: 100 } };
const window = (change: Partial<Omit<MonitoringWindow, 'labelled'>> & { labelled?: Partial<MonitoringWindow['labelled']> } = {}): MonitoringWindow => ({
  ...calm,
  ...change,
  labelled: { ...calm.labelled, ...change.labelled },
});
const decide = (w: MonitoringWindow, r = rule) => retrainingDecision(w, r);
const show = (w: MonitoringWindow) => JSON.stringify(w);

describe('drift alone', () => {
  it('does nothing while both PSIs stay under the watch level', () => {
    expect(decide(calm)).toEqual({ action: 'none', reasons: [] });
    expect(decide(window({ scorePsi: 0.0999, tokenPsi: 0.0999 })).action).toBe('none');
  });

  it('watches from the watch level, retrains from the retrain level (each included)', () => {
    for (const what of ['scorePsi', 'tokenPsi'] as const) {
      for (const [psi, action] of [[0.1, 'watch'], [0.2499, 'watch'], [0.25, 'retrain'], [0.9, 'retrain']] as const) {
        const w = window({ [what]: psi });
        expect(decide(w).action, show(w)).toBe(action);
      }
    }
  });

  it('says which drifted, by how much, against which level', () => {
    expect(decide(window({ scorePsi: 0.31234 })).reasons).toEqual([expect.stringMatching(/scores.*0\.312.*0\.25/)]);
    expect(decide(window({ tokenPsi: 0.1234 })).reasons).toEqual([expect.stringMatching(/tokens.*0\.123.*0\.1\b/)]);
  });

  it('uses the rule’s levels, not fixed ones', () => {
    const strict = { ...rule, watchPsi: 0.02, retrainPsi: 0.04 };
    expect(decide(calm, strict).action, 'score PSI 0.03 is past a watch level of 0.02; token PSI 0.05 past a retrain level of 0.04').toBe('retrain');
    expect(decide(calm, strict).reasons).toHaveLength(2);
  });
});

describe('labels', () => {
  it('retrain when more legitimate mail than the limit is flagged; exactly at the limit is allowed', () => {
    expect(decide(window({ labelled: { falsePositives: 10 } })).action, '10 of 2000 is 0.005: at the limit').toBe('none');
    const over = window({ labelled: { falsePositives: 11 } });
    expect(decide(over), show(over)).toEqual({ action: 'retrain', reasons: [expect.stringMatching(/11 of 2000/)] });
  });

  it('retrain when recall falls below launch recall minus the allowed drop; exactly at it is allowed', () => {
    expect(decide(window({ labelled: { spam: 500, missed: 250 } })).action, 'recall 0.5 = 0.75 − 0.25: at the floor').toBe('none');
    const fallen = window({ labelled: { spam: 500, missed: 251 } });
    expect(decide(fallen), show(fallen)).toEqual({ action: 'retrain', reasons: [expect.stringMatching(/0\.498.*0\.500/)] });
  });

  it('count only when there are enough of them: a rate of a handful of reports is noise', () => {
    expect(decide(window({ labelled: { ham: 199, falsePositives: 50, spam: 199, missed: 150 } })).action, '199 labelled of each: not enough').toBe('none');
    const enough = window({ labelled: { ham: 200, falsePositives: 2, spam: 200, missed: 101 } });
    expect(decide(enough).reasons, `${show(enough)}: 200 of each is enough`).toHaveLength(2);
    const fewer = { ...rule, minLabelled: 50 };
    expect(decide(window({ labelled: { ham: 60, falsePositives: 1 } }), fewer).action, 'the rule’s minLabelled, not a fixed one').toBe('retrain');
  });
});

describe('the decision', () => {
  it('is the most severe action, with every reason in order: false positives, recall, scores, tokens', () => {
    const everything = window({ scorePsi: 0.12, tokenPsi: 0.4, labelled: { falsePositives: 30, missed: 400 } });
    const decision = decide(everything);
    expect(decision.action).toBe('retrain');
    expect(decision.reasons.map((reason) => (/flagged/.test(reason) ? 'fp' : /ecall/.test(reason) ? 'recall' : /scores/.test(reason) ? 'scores' : /tokens/.test(reason) ? 'tokens' : reason))).toEqual(['fp', 'recall', 'scores', 'tokens']);
    expect(decide(window({ scorePsi: 0.3, tokenPsi: 0.12 })).action, 'retrain and watch: retrain').toBe('retrain');
    expect(decide(window({ scorePsi: 0.12, tokenPsi: 0.3 })).action, 'watch then retrain: retrain').toBe('retrain');
  });

  it('on the second release batch, decides as the pipeline did', () => {
    expect(decide(drift.window, drift.rule)).toEqual(drift.decision);
  });
});
