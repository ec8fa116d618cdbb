/**
 * When to retrain: a rule, written down and tested, that turns one monitoring window's figures
 * into an action. Drift says the inputs changed; only labels (users' "not spam" and "this is
 * spam" reports) say the filter got worse, so each kind of evidence has its own threshold, and
 * labels count only when there are enough of them to mean something.
 */
import { requirements } from './requirements';

/** What the monitoring measured over one window of traffic. */
export interface MonitoringWindow {
  /** PSI of the filter's scores against the reference window. */
  scorePsi: number;
  /** PSI of how often the filter's most influential tokens occur. */
  tokenPsi: number;
  /** Messages users labelled in the window: legitimate mail (and how much of it the filter flagged), spam (and how much it missed). */
  labelled: { ham: number; falsePositives: number; spam: number; missed: number };
}

export interface RetrainingRule {
  /** PSI at or above which a shift is worth watching. */
  watchPsi: number;
  /** PSI at or above which the inputs changed too much to trust the model. */
  retrainPsi: number;
  /** Largest share of legitimate mail the filter may flag (the product's hard limit). */
  maxFalsePositiveRate: number;
  /** The recall the model had when it shipped, and how far below it is still acceptable. */
  launchRecall: number;
  maxRecallDrop: number;
  /** Labelled messages of a kind needed before their rate counts as evidence. */
  minLabelled: number;
}

export const DEFAULT_RETRAINING_RULE: Omit<RetrainingRule, 'launchRecall'> = {
  watchPsi: 0.1,
  retrainPsi: 0.25,
  maxFalsePositiveRate: requirements.maxFalsePositiveRate,
  maxRecallDrop: 0.1,
  minLabelled: 200,
};

export type Action = 'none' | 'watch' | 'retrain';

export interface Decision {
  action: Action;
  /** Every reason found, in the order: false positives, recall, score drift, token drift. */
  reasons: string[];
}

const SEVERITY: Record<Action, number> = { none: 0, watch: 1, retrain: 2 };

/**
 * The action for one window: `retrain` when labels show the false-positive limit broken or the
 * recall fallen too far, or when either PSI reaches `retrainPsi`; `watch` when either PSI reaches
 * `watchPsi`; else `none`. A rate from fewer than `minLabelled` messages is not evidence.
 */
export function retrainingDecision(window: MonitoringWindow, rule: RetrainingRule): Decision {
  const reasons: string[] = [];
  let action: Action = 'none';
  const raise = (to: Action, reason: string) => {
    reasons.push(reason);
    if (SEVERITY[to] > SEVERITY[action]) action = to;
  };
  const { ham, falsePositives, spam, missed } = window.labelled;

  if (ham >= rule.minLabelled && falsePositives / ham > rule.maxFalsePositiveRate) {
    raise('retrain', `${falsePositives} of ${ham} legitimate messages were flagged: over the limit of ${rule.maxFalsePositiveRate}.`);
  }
  const floor = rule.launchRecall - rule.maxRecallDrop;
  if (spam >= rule.minLabelled && 1 - missed / spam < floor) {
    raise('retrain', `Recall fell to ${(1 - missed / spam).toFixed(3)}, below ${floor.toFixed(3)}.`);
  }
  for (const [what, psi] of [['scores', window.scorePsi], ['tokens', window.tokenPsi]] as const) {
    if (psi >= rule.retrainPsi) raise('retrain', `The ${what} drifted: PSI ${psi.toFixed(3)} ≥ ${rule.retrainPsi}.`);
    else if (psi >= rule.watchPsi) raise('watch', `The ${what} shifted: PSI ${psi.toFixed(3)} ≥ ${rule.watchPsi}.`);
  }
  return { action, reasons };
}
