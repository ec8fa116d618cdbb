import { solutionSlips, type WrongAnswer } from '../../wrong-answer';

const slip = solutionSlips(import.meta.url, 'drift.ts');

/** Plausible wrong answers the tests must reject (checked in CI by exercises.check.test.ts). */
const wrongAnswers: WrongAnswer[] = [
  { name: 'a value on a cut point goes to the bin below', files: { 'drift.ts': slip('value >= edges[bin]', 'value > edges[bin]') } },
  { name: 'counts instead of shares', files: { 'drift.ts': slip('return counts.map((count) => count / values.length);', 'return counts;') } },
  { name: 'no bin above the last cut point', files: { 'drift.ts': slip('new Array<number>(edges.length + 1).fill(0)', 'new Array<number>(edges.length).fill(0)') } },
  { name: 'empty bins are skipped instead of floored', files: { 'drift.ts': slip('    const expected = Math.max(reference[i], EMPTY_BIN_SHARE);\n    const actual = Math.max(current[i], EMPTY_BIN_SHARE);\n    psi +=', '    const expected = reference[i];\n    const actual = current[i];\n    if (expected === 0 || actual === 0) continue;\n    psi +=') } },
  { name: 'the log ratio upside down', files: { 'drift.ts': slip('psi += (actual - expected) * Math.log(actual / expected);', 'psi += (actual - expected) * Math.log(expected / actual);') } },
  { name: 'Kullback–Leibler divergence instead of PSI', files: { 'drift.ts': slip('psi += (actual - expected) * Math.log(actual / expected);', 'psi += actual * Math.log(actual / expected);') } },
  { name: 'different bin counts are not refused', files: { 'drift.ts': slip('  if (reference.length !== current.length) throw', '  if (false) throw') } },
];

export default wrongAnswers;
